package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * The approved minutes were published to the body's members.
 */
@Revision("1")
public record MinutesPublishedEvent(String meetingId, int version) {
}
