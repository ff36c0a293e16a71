package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a document in the trash, from which it can be restored. */
public record TrashDocumentCommand(@TargetAggregateIdentifier String documentId, String cooperationId) {
}
