package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publishes the agenda (ordre du jour) to the body's members; again after amendments, as a new version.
 */
public record PublishAgendaCommand(@TargetAggregateIdentifier String meetingId) {
}
