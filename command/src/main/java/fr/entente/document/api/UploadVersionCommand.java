package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts up a new version of a document, made from the version {@code basedOnVersion}: refused if someone else put one up since. */
public record UploadVersionCommand(@TargetAggregateIdentifier String documentId, String cooperationId, int basedOnVersion, StoredFile file) {
}
