package fr.entente.forum.api;

/**
 * What the forum's command handlers ask of the cooperation's directory and of the meetings: whether a person belongs
 * to a cooperation or administers it, and whether a meeting is one of the cooperation's. The query side implements it
 * through those contexts' queries.
 */
public interface ForumDirectory {

    /** Whether this person is one of the cooperation's (a member centre's or a partner's). */
    boolean belongsTo(String cooperationId, String personId);

    /** Whether this person administers the cooperation. */
    boolean administers(String cooperationId, String personId);

    /** Whether this meeting is one of the cooperation's. */
    boolean hasMeeting(String cooperationId, String meetingId);

    /** Whether this decision is one of the cooperation's. */
    boolean hasDecision(String cooperationId, String decisionId);
}
