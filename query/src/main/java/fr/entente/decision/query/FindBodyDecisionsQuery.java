package fr.entente.decision.query;

/** A body's decisions, newest first: answers {@code List<DecisionSummary>}. */
public record FindBodyDecisionsQuery(String cooperationId, String bodyId) {
}
