package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A meeting was cancelled before it started.
 */
@Revision("1")
public record MeetingCancelledEvent(String meetingId, String reason) {
}
