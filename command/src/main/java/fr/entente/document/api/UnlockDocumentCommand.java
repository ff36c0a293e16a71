package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Releases a document's lock: its holder, or a moderator of the space who breaks it. */
public record UnlockDocumentCommand(@TargetAggregateIdentifier String documentId, String cooperationId) {
}
