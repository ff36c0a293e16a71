package fr.entente.document.query;

/** The identifiers of every document a space has had, in the trash and purged ones too: what a folder as it stood replays. */
public record FindSpaceDocumentIdsQuery(String cooperationId, String spaceId) {
}
