package fr.entente.meeting.query;

/** Where a meeting is in its life, as its pages show it. */
public enum MeetingStatus {
    /** Planned, not started yet. */
    SCHEDULED,
    /** Cancelled before it started. */
    CANCELLED,
    /** Under way. */
    LIVE,
    /** Closed. */
    ENDED
}
