package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds an item of the officer's or convenor's own to the agenda.
 */
public record AddAgendaItemCommand(@TargetAggregateIdentifier String meetingId, String itemId, String title, AgendaItemPurpose purpose, String description,
                                   Integer expectedMinutes) {
}
