package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes a live meeting.
 */
public record EndMeetingCommand(@TargetAggregateIdentifier String meetingId) {
}
