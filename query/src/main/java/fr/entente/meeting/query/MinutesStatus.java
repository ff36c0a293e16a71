package fr.entente.meeting.query;

/** Where a meeting's minutes are. */
public enum MinutesStatus {
    /** Not drafted yet. */
    NONE,
    /** Drafted or edited, not submitted (again). */
    DRAFT,
    /** Submitted for approval. */
    SUBMITTED,
    /** Approved, frozen; corrections are amendments. */
    APPROVED,
    /** Approved and published to the body's members. */
    PUBLISHED
}
