package fr.entente.document.query;

/** A folder, if it exists. */
public record FindFolderQuery(String folderId) {
}
