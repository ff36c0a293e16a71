package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * The first draft of the minutes (version 1), composed from the live record.
 */
@Revision("1")
public record MinutesDraftedEvent(String meetingId, int version, String text) {
}
