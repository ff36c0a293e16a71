package fr.entente.decision.query;

/** Where a decision is in its life. */
public enum DecisionStatus {
    OPEN,
    CLOSED,
    ANNULLED
}
