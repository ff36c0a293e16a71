package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The meeting moves on to this agenda item.
 */
public record MoveToAgendaItemCommand(@TargetAggregateIdentifier String meetingId, String itemId) {
}
