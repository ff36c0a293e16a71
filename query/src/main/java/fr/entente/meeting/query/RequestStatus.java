package fr.entente.meeting.query;

/** What became of an agenda item request. */
public enum RequestStatus {
    /** Waiting for the officer or convenor. */
    PENDING,
    /** Became (part of) an agenda item. */
    ACCEPTED,
    /** Declined, with a reason. */
    DECLINED
}
