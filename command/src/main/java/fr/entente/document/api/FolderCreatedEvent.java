package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A folder was created in a space's documents ({@code parentFolderId} {@code null}: at its root), with inherited rights. */
@Revision("1")
public record FolderCreatedEvent(String folderId, String cooperationId, String spaceId, String parentFolderId, String name, String createdBy) {
}
