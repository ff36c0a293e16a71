package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Declines a request; the reason, required, is shown to the requester.
 */
public record DeclineAgendaItemRequestCommand(@TargetAggregateIdentifier String meetingId, String requestId, String reason) {
}
