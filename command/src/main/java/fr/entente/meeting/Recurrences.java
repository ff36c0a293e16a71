package fr.entente.meeting;

import fr.entente.meeting.api.MeetingLimits;
import fr.entente.meeting.api.Recurrence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.meeting.api.MeetingRefusal.RECURRENCE_INVALID;
import static fr.entente.meeting.api.MeetingRefusedException.refused;

/** The dates a recurrence gives between two dates, both included (calendar dates of Europe/Paris). */
final class Recurrences {

    private Recurrences() {
    }

    /** At most one more date than a series may have, so that the caller can say how many it would be. */
    static List<LocalDate> dates(Recurrence recurrence, LocalDate first, LocalDate last) {
        if (recurrence.dayOfWeek() == null || recurrence.frequency() == null) {
            throw refused(RECURRENCE_INVALID);
        }
        return switch (recurrence.frequency()) {
            case MONTHLY -> monthly(recurrence, first, last);
            case WEEKLY -> weekly(recurrence, first, last);
        };
    }

    private static List<LocalDate> monthly(Recurrence recurrence, LocalDate first, LocalDate last) {
        int ordinal = recurrence.ordinal();
        if (ordinal != -1 && (ordinal < 1 || ordinal > 4)) {
            throw refused(RECURRENCE_INVALID);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            LocalDate date = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, recurrence.dayOfWeek()));
            if (!date.isBefore(first) && !date.isAfter(last)) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static List<LocalDate> weekly(Recurrence recurrence, LocalDate first, LocalDate last) {
        if (recurrence.everyWeeks() < 1) {
            throw refused(RECURRENCE_INVALID);
        }
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = first.with(TemporalAdjusters.nextOrSame(recurrence.dayOfWeek()));
        while (!date.isAfter(last) && dates.size() <= MeetingLimits.OCCURRENCES) {
            dates.add(date);
            date = date.plusWeeks(recurrence.everyWeeks());
        }
        return dates;
    }
}
