package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A new version of the minutes' text; edited after submission, the minutes wait to be submitted again.
 */
@Revision("1")
public record MinutesEditedEvent(String meetingId, int version, String text) {
}
