package fr.entente.decision.api;

/**
 * What a decision concerns: an open reference that the context it names fills in ({@code referenceId} is that
 * context's identifier; the roadmap needs none). A decision may concern nothing yet ({@code null}).
 */
public record Concern(ConcernKind kind, String referenceId) {
}
