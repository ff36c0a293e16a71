package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A member of the body asks, on behalf of their organisation, for an item on the agenda.
 */
public record RequestAgendaItemCommand(@TargetAggregateIdentifier String meetingId, String requestId, String title, AgendaItemPurpose purpose,
                                       String description, Integer expectedMinutes) {
}
