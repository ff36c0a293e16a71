package fr.entente.decision.query;

/**
 * A body's register: its numbered decisions, by year then number; {@code year} {@code null}: every year. Answers
 * {@code List<DecisionSummary>}.
 */
public record FindRegisterQuery(String cooperationId, String bodyId, Integer year) {
}
