package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a folder, and what lies below it, to the people of another space of the same cooperation, to read only: a
 * study's results to the technical committee that receives them (seed convention, art. 4 and 5), whose directors do
 * not sit in the working group. A moderator of the folder's space, or the hub, grants it.
 *
 * @param readerSpaceId the forum space whose people read the folder (a committee's, {@code SpaceIds.ofBody})
 */
public record GrantFolderReadingCommand(@TargetAggregateIdentifier String folderId, String cooperationId,
                                        String readerSpaceId) {
}
