package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Purges a document that has been in the trash for 30 days, as of {@code asOf} (the hub's clock): its versions' bytes
 * are then deleted from GridFS; the events stay. Sent only by the hub's purge job.
 */
public record PurgeDocumentCommand(@TargetAggregateIdentifier String documentId, String cooperationId, Instant asOf) {
}
