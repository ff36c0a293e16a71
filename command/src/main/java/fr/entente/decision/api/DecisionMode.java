package fr.entente.decision.api;

/** How a decision is voted: during a meeting of the body, or by each centre before a deadline (arbitrage). */
public enum DecisionMode {
    /** Voted during a meeting of the body; closed there by its officer. */
    LIVE,
    /** Voted from anywhere before a deadline, at least an hour after the opening; closed at the deadline. */
    ASYNCHRONOUS
}
