package fr.entente.meeting.api;

/** What became of a proposal (relevé des propositions). */
public enum ProposalOutcome {
    /** Adoptée. */
    ADOPTED,
    /** Rejetée. */
    REJECTED,
    /** Reportée to a later meeting. */
    DEFERRED,
    /** Renvoyée to another body (the technical committee, for example). */
    REFERRED
}
