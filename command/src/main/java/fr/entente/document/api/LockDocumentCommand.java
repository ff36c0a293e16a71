package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Locks a document while the person acting edits it: nobody else puts up a version, renames, moves or trashes it. */
public record LockDocumentCommand(@TargetAggregateIdentifier String documentId, String cooperationId) {
}
