package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an attached document off an item of the agenda (the document itself stays where it is). */
public record DetachDocumentFromAgendaItemCommand(@TargetAggregateIdentifier String meetingId, String itemId,
                                                  String documentId) {
}
