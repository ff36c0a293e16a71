package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a document to another folder of its space ({@code toFolderId} {@code null}: the root). */
public record MoveDocumentCommand(@TargetAggregateIdentifier String documentId, String cooperationId, String toFolderId) {
}
