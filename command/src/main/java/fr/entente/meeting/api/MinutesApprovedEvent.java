package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * This version of the minutes was approved, by the convenor or by the body at a later meeting
 * ({@code atMeetingId}); it is frozen from now on.
 */
@Revision("1")
public record MinutesApprovedEvent(String meetingId, int version, MinutesApprovalMode mode, String atMeetingId) {
}
