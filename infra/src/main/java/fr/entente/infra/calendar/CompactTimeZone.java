package fr.entente.infra.calendar;

import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A {@code VTIMEZONE} with the zone's current yearly rules only, taken from the Java runtime's time zone data, as
 * Google Calendar publishes it: for Europe/Paris one DAYLIGHT (last Sunday of March) and one STANDARD (last Sunday
 * of October) observance.
 * <p>
 * Why not ical4j's own: without zoneinfo files, ical4j 4 generates the zone's whole history since 1891 (some 30
 * observances and dozens of RDATEs). It is valid, but Outlook maps a VTIMEZONE onto one Windows rule pair and may take
 * the wrong one; and meetings lie in the present, where the current rules are exact.
 */
final class CompactTimeZone {

    private static final String[] WEEKDAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private CompactTimeZone() {
    }

    static VTimeZone of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getStandardOffset(java.time.Instant.EPOCH);
            timeZone.add(observance(new Standard(), zone, false, offset, offset, LocalDateTime.of(1970, 1, 1, 0, 0), null));
            return timeZone;
        }
        int firstYear = firstYearOfTheRules(rules);
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition first = rule.createTransition(firstYear);
            boolean daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
            timeZone.add(observance(daylight ? new Daylight() : new Standard(), zone, daylight, rule.getOffsetBefore(),
                                    rule.getOffsetAfter(), first.getDateTimeBefore(), recurrenceOf(rule)));
        }
        return timeZone;
    }

    private static Observance observance(Observance observance, ZoneId zone, boolean daylight, ZoneOffset from,
                                         ZoneOffset to, LocalDateTime start, String recurrence) {
        observance.add(new TzName(TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.ROOT)));
        observance.add(new TzOffsetFrom(from));
        observance.add(new TzOffsetTo(to));
        // An observance's DTSTART is the local time before the change, in the TZOFFSETFROM offset (RFC 5545, 3.6.5).
        observance.add(new DtStart<>(start));
        if (recurrence != null) {
            observance.add(new RRule<>(recurrence));
        }
        return observance;
    }

    /** The yearly rules apply after the last transition that the zone data lists one by one. */
    private static int firstYearOfTheRules(ZoneRules rules) {
        List<ZoneOffsetTransition> listed = rules.getTransitions();
        return listed.isEmpty() ? 1970 : listed.get(listed.size() - 1).getDateTimeAfter().getYear() + 1;
    }

    /** "SUNDAY on or after MARCH 25" (the Java form of "last Sunday of March") as FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU. */
    private static String recurrenceOf(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        String weekday = WEEKDAYS[rule.getDayOfWeek().getValue() - 1];
        int from = rule.getDayOfMonthIndicator();
        String day;
        if (from > 0 && (from - 1) % 7 == 0) {
            day = "BYDAY=" + ((from - 1) / 7 + 1) + weekday;
        } else if (from == -1 || (month != Month.FEBRUARY && from + 6 == month.maxLength())) {
            day = "BYDAY=-1" + weekday;
        } else {
            // The weekday that falls in the seven days from the indicated one: forward, or backward from the month's end.
            IntStream week = from > 0 ? IntStream.rangeClosed(from, Math.min(from + 6, 31)) : IntStream.rangeClosed(from - 6, from);
            day = "BYMONTHDAY=" + week.mapToObj(Integer::toString).collect(Collectors.joining(",")) + ";BYDAY=" + weekday;
        }
        return "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";" + day;
    }
}
