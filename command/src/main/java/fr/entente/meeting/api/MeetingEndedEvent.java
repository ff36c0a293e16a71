package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * The meeting closed.
 */
@Revision("1")
public record MeetingEndedEvent(String meetingId) {
}
