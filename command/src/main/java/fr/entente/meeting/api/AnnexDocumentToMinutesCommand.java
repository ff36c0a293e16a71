package fr.entente.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Annexes a document of the document space, as its current version, to minutes not approved yet. */
public record AnnexDocumentToMinutesCommand(@TargetAggregateIdentifier String meetingId, String documentId) {
}
