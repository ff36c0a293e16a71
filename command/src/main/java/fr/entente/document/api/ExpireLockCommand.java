package fr.entente.document.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Releases a lock held for longer than a lock lasts, as of {@code asOf} (the hub's clock). Sent only by the hub. */
public record ExpireLockCommand(@TargetAggregateIdentifier String documentId, String cooperationId, Instant asOf) {
}
