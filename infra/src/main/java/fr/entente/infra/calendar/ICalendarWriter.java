package fr.entente.infra.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes meetings as an RFC 5545 calendar that Outlook, Thunderbird, Google or Apple Calendar can subscribe to:
 * {@code METHOD:PUBLISH}, the calendar's name ({@code X-WR-CALNAME}), and a {@code VTIMEZONE} for Europe/Paris so
 * that every application shows the French hour ({@link CompactTimeZone}). Lines end in CRLF and are folded by ical4j's
 * outputter at 75 characters (RFC 5545 says octets, SHOULD: a line with accents may reach a few more octets, which
 * every reader unfolds all the same); serve the text as {@value #CONTENT_TYPE}.
 * <p>
 * A published event names its organizer (RFC 5546, 3.2.1): the hub itself, by its sender address
 * {@code entente.mail.from}, since the people who convene a meeting are not disclosed in a feed.
 */
@Component
public class ICalendarWriter {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    static final String PRODUCT = "-//Entente//FR";

    private final Organizer organizer;
    private final Clock clock;

    @Autowired
    public ICalendarWriter(@Value("${entente.mail.from:entente@localhost}") String hubAddress) {
        this(hubAddress, Clock.systemUTC());
    }

    ICalendarWriter(String hubAddress, Clock clock) {
        this.organizer = new Organizer(URI.create("mailto:" + hubAddress)).add(new Cn("Entente"));
        this.clock = clock;
    }

    /** The calendar named {@code calendarName} with these entries, as iCalendar text. */
    public String write(String calendarName, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", calendarName))
                .add(new XProperty("X-WR-TIMEZONE", CalendarEntry.PARIS.getId()));
        calendar.add(CompactTimeZone.of(CalendarEntry.PARIS));
        // DTSTAMP of a published calendar is when this copy was produced (RFC 5545, 3.8.7.2).
        Instant now = clock.instant();
        for (CalendarEntry entry : entries) {
            calendar.add(eventOf(entry, now));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private VEvent eventOf(CalendarEntry entry, Instant now) {
        VEvent event = new VEvent(false)
                .add(new Uid(entry.uid()))
                .add(new DtStamp(now))
                .add(new Sequence(entry.sequence()))
                .add(organizer)
                .add(new DtStart<>(entry.start()))
                .add(new DtEnd<>(entry.end()))
                .add(new Summary(entry.summary()))
                .add(entry.status() == CalendarEntry.Status.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                                                                      : ImmutableStatus.VEVENT_CONFIRMED)
                .add(new LastModified(entry.lastModified()));
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        if (entry.url() != null) {
            event.add(new Url(entry.url()));
        }
        return event;
    }
}
