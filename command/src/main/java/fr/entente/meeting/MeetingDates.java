package fr.entente.meeting;

import fr.entente.meeting.api.MeetingLimits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static fr.entente.meeting.api.MeetingRefusal.DATE_OUT_OF_RANGE;
import static fr.entente.meeting.api.MeetingRefusedException.refusedOn;

/** Dates a meeting's commands carry, within the years of {@link MeetingLimits}; {@code null} is left to the caller. */
final class MeetingDates {

    private MeetingDates() {
    }

    static LocalDate inRange(LocalDate date, String field) {
        if (date != null && (date.getYear() < MeetingLimits.EARLIEST_YEAR || date.getYear() > MeetingLimits.LATEST_YEAR)) {
            throw refusedOn(field, DATE_OUT_OF_RANGE, MeetingLimits.EARLIEST_YEAR, MeetingLimits.LATEST_YEAR);
        }
        return date;
    }

    static Instant inRange(Instant instant, String field) {
        if (instant != null) {
            inRange(instant.atOffset(ZoneOffset.UTC).toLocalDate(), field);
        }
        return instant;
    }
}
