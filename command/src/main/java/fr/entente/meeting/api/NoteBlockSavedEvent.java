package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A block of notes on an agenda item was saved at this version (1 when created) by this person.
 */
@Revision("1")
public record NoteBlockSavedEvent(String meetingId, String itemId, String blockId, int version, String text, String authorId) {
}
