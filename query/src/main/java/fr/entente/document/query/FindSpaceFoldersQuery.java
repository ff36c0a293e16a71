package fr.entente.document.query;

/** Every folder of a space's documents (the web layer keeps those the reader may see). */
public record FindSpaceFoldersQuery(String cooperationId, String spaceId) {
}
