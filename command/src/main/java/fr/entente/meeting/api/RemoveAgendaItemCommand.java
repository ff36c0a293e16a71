package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes an item off the agenda, saying why.
 */
public record RemoveAgendaItemCommand(@TargetAggregateIdentifier String meetingId, String itemId, String reason) {
}
