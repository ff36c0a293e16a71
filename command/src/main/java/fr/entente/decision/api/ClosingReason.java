package fr.entente.decision.api;

/** Why a decision closed. */
public enum ClosingReason {
    /** Its deadline passed: the hub closed it. */
    DEADLINE,
    /** Every centre had voted: the officer closed it before the deadline. */
    ALL_VOTED,
    /** Closed by the officer during the meeting that voted it. */
    AT_MEETING
}
