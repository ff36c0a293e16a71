package fr.entente.decision.query;

/** One decision: answers {@code Optional<DecisionView>}. */
public record FindDecisionQuery(String decisionId) {
}
