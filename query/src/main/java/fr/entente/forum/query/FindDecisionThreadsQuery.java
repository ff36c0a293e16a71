package fr.entente.forum.query;

/** The threads about a decision, whatever their space (the web layer keeps those the reader sees). */
public record FindDecisionThreadsQuery(String decisionId) {
}
