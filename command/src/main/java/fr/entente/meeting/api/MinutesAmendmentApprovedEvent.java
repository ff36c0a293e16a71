package fr.entente.meeting.api;

import org.axonframework.serialization.Revision;

/**
 * A correction to the approved minutes was approved; the minutes and the correction both stay.
 */
@Revision("1")
public record MinutesAmendmentApprovedEvent(String meetingId, String amendmentId, MinutesApprovalMode mode, String atMeetingId) {
}
