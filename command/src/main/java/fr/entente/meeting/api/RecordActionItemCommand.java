package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Records an action decided on an agenda item: what, who owns it (an organisation or a person, exactly
 * one) and by when.
 */
public record RecordActionItemCommand(@TargetAggregateIdentifier String meetingId, String actionId, String itemId, String what, String ownerOrganisationId,
                                      String ownerPersonId, LocalDate dueDate) {
}
