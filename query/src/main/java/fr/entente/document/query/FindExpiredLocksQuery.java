package fr.entente.document.query;

import java.time.Instant;

/** The documents whose lock was taken at {@code lockedBefore} or earlier. */
public record FindExpiredLocksQuery(Instant lockedBefore) {
}
