package fr.entente.decision.query;

import java.time.Instant;

/** The open asynchronous decisions whose deadline is at or before {@code at}: answers {@code List<String>} of ids. */
public record FindDecisionsDueQuery(Instant at) {
}
