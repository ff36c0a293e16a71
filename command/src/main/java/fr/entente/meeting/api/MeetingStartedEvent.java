package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * The meeting opened.
 */
@Revision("1")
public record MeetingStartedEvent(String meetingId) {
}
