package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * An edit of a block started from {@code baseVersion} while the block was at {@code currentVersion}: the
 * edit is kept as a new block ({@code newBlockId}, version 1) right after the original, marked as conflicting with it.
 */
@Revision("1")
public record NoteEditConflictedEvent(String meetingId, String itemId, String originalBlockId, String newBlockId, String text,
                                      String authorId, int baseVersion, int currentVersion) {
}
