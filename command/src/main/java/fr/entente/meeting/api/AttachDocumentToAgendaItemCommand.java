package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attaches a document of the document space to an item of the agenda, for the body's members to read before the meeting. */
public record AttachDocumentToAgendaItemCommand(@TargetAggregateIdentifier String meetingId, String itemId,
                                                String documentId) {
}
