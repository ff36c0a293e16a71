package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/** A folder's rights were set by a moderator of its space. */
@Revision("1")
public record FolderRightsChangedEvent(String folderId, String cooperationId, String spaceId, FolderRights rights, String changedBy) {
}
