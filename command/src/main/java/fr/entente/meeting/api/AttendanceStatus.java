package fr.entente.meeting.api;

/** A member's attendance at a meeting. */
public enum AttendanceStatus {
    /** Présent·e. */
    PRESENT,
    /** Excusé·e. */
    EXCUSED,
    /** Absent·e. */
    ABSENT,
    /** Représenté·e by another person. */
    REPRESENTED
}
