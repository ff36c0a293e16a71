package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Approves a proposed amendment, as minutes are approved.
 */
public record ApproveMinutesAmendmentCommand(@TargetAggregateIdentifier String meetingId, String amendmentId, MinutesApprovalMode mode, String atMeetingId) {
}
