package fr.entente.infra.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Meetings as an RFC 5545 feed: written, parsed back with ical4j, validated. */
class ICalendarWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final String CALENDAR_NAME = "Entente · Réunions de Claire Martin";
    private static final ZonedDateTime WINTER_START = LocalDateTime.parse("2026-12-12T14:00").atZone(CalendarEntry.PARIS);
    private static final ZonedDateTime SUMMER_START = LocalDateTime.parse("2027-06-17T09:30").atZone(CalendarEntry.PARIS);
    private static final CalendarEntry WORKING_GROUP = new CalendarEntry(
            "meeting-42@entente", 0, WINTER_START, WINTER_START.plusHours(2),
            "Groupe de travail « Santé au travail »",
            "Ordre du jour : l’étude sur les œuvres sociales, coût 1 200 €; questions diverses.\nSalle 2, 1er étage",
            "Hôtel de Région, Lille", URI.create("https://entente.example/reunions/42"),
            CalendarEntry.Status.CONFIRMED, Instant.parse("2026-11-20T16:45:00Z"));
    private static final CalendarEntry COMMITTEE = new CalendarEntry(
            "meeting-43@entente", 0, SUMMER_START, SUMMER_START.plusHours(3), "Comité technique", null, null, null,
            CalendarEntry.Status.CONFIRMED, Instant.parse("2026-11-21T08:00:00Z"));

    private final ICalendarWriter writer = new ICalendarWriter("entente@cdg59.fr", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void writesAPublishedCalendarWithItsNameAndProduct() throws Exception {
        Calendar calendar = parse(writer.write(CALENDAR_NAME, List.of(WORKING_GROUP, COMMITTEE)));

        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Entente//FR");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(CALENDAR_NAME);
        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).hasSize(2);
    }

    @Test
    void writesEachMeetingWithItsUidSequenceStatusAndFrenchText() throws Exception {
        VEvent event = onlyEvent(parse(writer.write(CALENDAR_NAME, List.of(WORKING_GROUP))));

        assertThat(value(event, Property.UID)).isEqualTo("meeting-42@entente");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Groupe de travail « Santé au travail »");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(WORKING_GROUP.description());
        assertThat(value(event, Property.LOCATION)).isEqualTo("Hôtel de Région, Lille");
        assertThat(value(event, Property.URL)).isEqualTo("https://entente.example/reunions/42");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:entente@cdg59.fr");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261123T090000Z");
        assertThat(value(event, Property.LAST_MODIFIED)).isEqualTo("20261120T164500Z");
    }

    @Test
    void givesTheParisHourWithTzidInWinterAndSummer() throws Exception {
        Calendar calendar = parse(writer.write(CALENDAR_NAME, List.of(WORKING_GROUP, COMMITTEE)));

        for (VEvent event : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
            DtStart<?> start = event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
            assertThat(start.<TzId>getParameter(Parameter.TZID)).get().extracting(TzId::getValue).isEqualTo("Europe/Paris");
        }
        String text = writer.write(CALENDAR_NAME, List.of(WORKING_GROUP, COMMITTEE));
        assertThat(text).contains("DTSTART;TZID=Europe/Paris:20261212T140000\r\n",
                                  "DTEND;TZID=Europe/Paris:20261212T160000\r\n",
                                  "DTSTART;TZID=Europe/Paris:20270617T093000\r\n");
        assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE)).singleElement()
                .satisfies(zone -> assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Paris"));
    }

    @Test
    void describesParisWithItsTwoYearlyRulesWhoseChangesAreJavasFrom2026To2040() throws Exception {
        VTimeZone paris = parse(writer.write(CALENDAR_NAME, List.of())).<VTimeZone>getComponents(VTimeZone.VTIMEZONE).get(0);

        assertThat(paris.getObservances()).hasSize(2);
        assertThat(paris.toString()).contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                                              "TZNAME:CEST", "TZNAME:CET");
        List<Instant> changes = new ArrayList<>();
        for (Observance observance : paris.getObservances()) {
            DtStart<LocalDateTime> start = observance.<DtStart<LocalDateTime>>getProperty(Property.DTSTART).orElseThrow();
            RRule<LocalDateTime> rule = observance.<RRule<LocalDateTime>>getProperty(Property.RRULE).orElseThrow();
            ZoneOffset before = observance.<TzOffsetFrom>getProperty(Property.TZOFFSETFROM).orElseThrow().getOffset();
            rule.getRecur().getDates(start.getDate(), LocalDateTime.parse("2026-01-01T00:00"), LocalDateTime.parse("2041-01-01T00:00"))
                .forEach(onset -> changes.add(onset.toInstant(before)));
        }
        List<Instant> javas = new ArrayList<>();
        for (ZoneOffsetTransition t = CalendarEntry.PARIS.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
             t.getInstant().isBefore(Instant.parse("2041-01-01T00:00:00Z"));
             t = CalendarEntry.PARIS.getRules().nextTransition(t.getInstant())) {
            javas.add(t.getInstant());
        }
        assertThat(changes).hasSize(30).containsExactlyInAnyOrderElementsOf(javas);
    }

    @Test
    void aCancelledMeetingKeepsItsUidWithAHigherSequence() throws Exception {
        CalendarEntry cancelled = new CalendarEntry(WORKING_GROUP.uid(), WORKING_GROUP.sequence() + 1, WORKING_GROUP.start(),
                WORKING_GROUP.end(), WORKING_GROUP.summary(), WORKING_GROUP.description(), WORKING_GROUP.location(),
                WORKING_GROUP.url(), CalendarEntry.Status.CANCELLED, Instant.parse("2026-11-22T10:00:00Z"));

        VEvent event = onlyEvent(parse(writer.write(CALENDAR_NAME, List.of(cancelled))));

        assertThat(value(event, Property.UID)).isEqualTo("meeting-42@entente");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void writesValidIcalendarWithCrlfLinesFoldedAt75Characters() throws Exception {
        String text = writer.write(CALENDAR_NAME, List.of(WORKING_GROUP, COMMITTEE));

        ValidationResult validation = parse(text).validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void writesAnEmptyCalendarThatStillValidates() throws Exception {
        Calendar calendar = parse(writer.write(CALENDAR_NAME, List.of()));

        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).isEmpty();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo(CALENDAR_NAME);
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new CalendarEntry("m@entente", 0, WINTER_START, WINTER_START.minusMinutes(1), "x", null,
                                                   null, null, CalendarEntry.Status.CONFIRMED, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }
}
