package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Cancels a meeting that has not started; the reason is shown to the body's members.
 */
public record CancelMeetingCommand(@TargetAggregateIdentifier String meetingId, String reason) {
}
