package fr.entente.web.audit;

import fr.entente.audit.query.TrailFilter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A trail's filters as a page's form and the API's parameters give them, read into a {@link TrailFilter}: dates are
 * days of Europe/Paris, {@code to} included; a blank parameter does not narrow; a date that is not one is refused,
 * naming the parameter.
 */
public record TrailRequest(String body, String meeting, String subject, String person, String organisation, String kind, String from,
                           String to, String q) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public TrailFilter filter() {
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        return new TrailFilter(blankless(body), blankless(meeting), blankless(subject), blankless(person), blankless(organisation),
                               blankless(kind), fromDay == null ? null : fromDay.atStartOfDay(PARIS).toInstant(),
                               toDay == null ? null : toDay.plusDays(1).atStartOfDay(PARIS).toInstant(), blankless(q));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw AuditRefusedException.onField(field, AuditRefusal.FILTER_INVALID, value, field);
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
