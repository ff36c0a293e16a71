package fr.entente.document.api;

import org.axonframework.serialization.Revision;

/**
 * The people of another space of the cooperation ({@code readerSpaceId}: who sits there now or later) read this folder
 * of {@code spaceId} and its subfolders, whatever their rights say of the space's own members.
 */
@Revision("1")
public record FolderReadingGrantedEvent(String folderId, String cooperationId, String spaceId, String readerSpaceId,
                                        String grantedBy) {
}
