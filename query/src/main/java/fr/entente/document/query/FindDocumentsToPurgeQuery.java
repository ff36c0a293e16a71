package fr.entente.document.query;

import java.time.Instant;

/** The documents in the trash since {@code trashedBefore} or earlier, not purged yet. */
public record FindDocumentsToPurgeQuery(Instant trashedBefore) {
}
