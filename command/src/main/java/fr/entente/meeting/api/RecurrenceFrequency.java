package fr.entente.meeting.api;

/** How often the meetings of a series recur. */
public enum RecurrenceFrequency {
    /** Once a month, on the nth (or last) given day of the week. */
    MONTHLY,
    /** Every n weeks on the given day of the week. */
    WEEKLY
}
