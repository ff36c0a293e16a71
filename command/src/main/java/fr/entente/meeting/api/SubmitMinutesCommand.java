package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Submits the minutes for approval.
 */
public record SubmitMinutesCommand(@TargetAggregateIdentifier String meetingId) {
}
