package fr.entente.web.pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A date in the past typed in a form (a meeting in 2025, a deadline already passed, an action due in 2020) is most
 * often a slip: the form is answered with a warning next to the date and a box to tick if it was meant, rather than
 * accepted silently. The API, whose clients are explicit, takes such dates as they come.
 */
@Component
public class PastDates {

    /** The form field a person ticks to confirm a date in the past. */
    public static final String CONFIRMATION = "datePasseeConfirmee";
    /** The value a refused form keeps so that the page offers that box. */
    public static final String ASKED = "datePasseeDemandee";

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MessageSource messages;
    private final Clock clock;

    @Autowired
    PastDates(MessageSource messages) {
        this(messages, Clock.system(PARIS));
    }

    PastDates(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The warnings to show, by field, for the dates of {@code dates} that are before today, unless the person
     * confirmed them ({@code confirmed}); empty if there is nothing to ask.
     */
    public Map<String, String> warnings(Map<String, ? extends Temporal> dates, Map<String, String> fields, Locale locale) {
        Map<String, String> warnings = new LinkedHashMap<>();
        if ("oui".equals(fields.get(CONFIRMATION))) {
            return warnings;
        }
        dates.forEach((field, date) -> {
            if (date != null && isPast(date)) {
                warnings.put(field, messages.getMessage("form.pastDate", null, locale));
            }
        });
        return warnings;
    }

    /** A day before today, or a moment (a deadline, in Paris time) before now. */
    private boolean isPast(Temporal date) {
        if (date instanceof LocalDateTime moment) {
            return moment.isBefore(LocalDateTime.now(clock));
        }
        return LocalDate.from(date).isBefore(LocalDate.now(clock));
    }

    /** What the form keeps of what was typed, with the mark that makes the page offer the box. */
    public static Map<String, String> asking(Map<String, String> fields, Map<String, String> warnings) {
        Map<String, String> kept = new LinkedHashMap<>(fields);
        if (!warnings.isEmpty()) {
            kept.put(ASKED, "oui");
        }
        return kept;
    }
}
