package fr.entente.decision.api;

/** What a closed decision came to: computed from the votes at the close, never typed. */
public enum DecisionOutcome {
    ADOPTED,
    REJECTED,
    /** Fewer centres voted than the quorum: nothing was decided. */
    NO_QUORUM
}
