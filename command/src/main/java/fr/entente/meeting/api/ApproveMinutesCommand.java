package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Approves submitted minutes: by the body's convenor, or as the body's approval recorded during a later live
 * meeting of the body ({@code atMeetingId}).
 */
public record ApproveMinutesCommand(@TargetAggregateIdentifier String meetingId, MinutesApprovalMode mode, String atMeetingId) {
}
