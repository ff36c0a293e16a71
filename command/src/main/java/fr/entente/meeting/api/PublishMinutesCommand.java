package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publishes approved minutes to the body's members.
 */
public record PublishMinutesCommand(@TargetAggregateIdentifier String meetingId) {
}
