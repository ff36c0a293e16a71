package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * This version of the minutes was submitted for approval.
 */
@Revision("1")
public record MinutesSubmittedEvent(String meetingId, int version) {
}
