package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a document out of the trash, back into its folder. */
public record RestoreDocumentCommand(@TargetAggregateIdentifier String documentId, String cooperationId) {
}
