package fr.entente.document.query;

/** The documents of a folder of a space ({@code folderId} {@code null}: its root), in the trash or not, by name. */
public record FindFolderDocumentsQuery(String cooperationId, String spaceId, String folderId, boolean trashed) {
}
