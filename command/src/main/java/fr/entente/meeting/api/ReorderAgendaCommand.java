package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Gives the agenda's items in a new order: every item, once.
 */
public record ReorderAgendaCommand(@TargetAggregateIdentifier String meetingId, List<String> itemIds) {
}
