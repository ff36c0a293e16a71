package fr.entente.meeting.api;

/** Who approves minutes (or an amendment to them). */
public enum MinutesApprovalMode {
    /** The body's convenor approves them. */
    CONVENOR,
    /** The body approves them during a later meeting, which is live; its officer or convenor records it. */
    BODY_AT_MEETING
}
