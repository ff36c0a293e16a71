package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Renames a document; its versions keep the names they were uploaded with. */
public record RenameDocumentCommand(@TargetAggregateIdentifier String documentId, String cooperationId, String name) {
}
