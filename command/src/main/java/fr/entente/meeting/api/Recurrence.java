package fr.entente.meeting.api;

import java.time.DayOfWeek;

/**
 * When the meetings of a series fall: monthly on the {@code ordinal}th {@code dayOfWeek} of the month (1 to 4,
 * or -1 for the last), or weekly every {@code everyWeeks} weeks on {@code dayOfWeek}. The factories say which
 * fields each kind uses; the other one is 0.
 */
public record Recurrence(RecurrenceFrequency frequency, DayOfWeek dayOfWeek, int ordinal, int everyWeeks) {

    /** For example {@code monthly(2, TUESDAY)}: the second Tuesday of every month; {@code monthly(-1, FRIDAY)}: the last Friday. */
    public static Recurrence monthly(int ordinal, DayOfWeek dayOfWeek) {
        return new Recurrence(RecurrenceFrequency.MONTHLY, dayOfWeek, ordinal, 0);
    }

    /** For example {@code weekly(2, MONDAY)}: every other Monday from the first date. */
    public static Recurrence weekly(int everyWeeks, DayOfWeek dayOfWeek) {
        return new Recurrence(RecurrenceFrequency.WEEKLY, dayOfWeek, 0, everyWeeks);
    }
}
