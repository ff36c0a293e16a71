package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a stored file in a folder as a new document (its version 1). */
public record UploadDocumentCommand(@TargetAggregateIdentifier String documentId, String cooperationId, String spaceId, String folderId, StoredFile file) {
}
