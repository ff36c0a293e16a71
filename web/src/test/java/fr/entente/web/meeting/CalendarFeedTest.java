package fr.entente.web.meeting;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.meeting.api.CancelMeetingCommand;
import fr.entente.meeting.api.MoveMeetingCommand;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.entente.web.meeting.MeetingsOfTheWorld.awaitMeeting;
import static fr.entente.web.meeting.MeetingsOfTheWorld.schedule;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.CODIR;
import static fr.entente.web.testing.ApiWorld.COPIL;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar feeds through the running hub, read back with ical4j as a calendar application would: a person's
 * secret feed lists the meetings of the bodies they sit in and nothing else; a moved meeting comes with a higher
 * SEQUENCE, a cancelled one as CANCELLED; a regenerated URL closes the old one.
 */
@ExtendWith(SharedApiWorld.class)
class CalendarFeedTest {

    private static final String CODIR_MEETING = "cf-codir-2026-11-03";
    private static final String MOVED = "cf-codir-2026-11-17";
    private static final String CANCELLED = "cf-codir-2026-12-01";
    private static final String COPIL_MEETING = "cf-copil-2026-11-05";
    private static final String BZH_MEETING = "cf-bzh-2026-11-05";
    private static final HttpClient ANONYMOUS = HttpClient.newHttpClient();

    @BeforeAll
    static void scheduleMeetingsInThreeBodies(ApiWorld world) {
        schedule(world, HDF, CODIR, CODIR_MEETING, "Comité de novembre", LocalDate.of(2026, 11, 3), LocalTime.of(9, 30),
                 "Lille, salle 2", "https://visio.example/codir");
        schedule(world, HDF, CODIR, MOVED, "Comité à déplacer", LocalDate.of(2026, 11, 17), LocalTime.of(9, 30), "Lille", null);
        schedule(world, HDF, CODIR, CANCELLED, "Comité à annuler", LocalDate.of(2026, 12, 1), LocalTime.of(9, 30), "Lille", null);
        schedule(world, HDF, COPIL, COPIL_MEETING, "Copil formation", LocalDate.of(2026, 11, 5), LocalTime.of(14, 0), "Amiens", null);
        world.asSystem(BZH, new CreateBodyCommand(BZH, "cf-codir-bzh", BodyKind.TECHNICAL_COMMITTEE, null));
        ApiWorld.eventually(() -> world.bean(QueryGateway.class)
                .query(new FindBodyQuery(BZH, "cf-codir-bzh"), ResponseTypes.optionalInstanceOf(BodyView.class)).join());
        schedule(world, BZH, "cf-codir-bzh", BZH_MEETING, "Comité breton", LocalDate.of(2026, 11, 5), LocalTime.of(9, 30),
                 "Rennes", null);
        for (String meetingId : List.of(CODIR_MEETING, MOVED, CANCELLED, COPIL_MEETING, BZH_MEETING)) {
            awaitMeeting(world, meetingId, meeting -> true);
        }
    }

    @Test
    void aPersonsFeedListsTheMeetingsOfTheBodiesTheySitInAndNothingElse(ApiWorld world) {
        String url = feedUrl(world.signedIn(MEMBER_HDF));
        HttpResponse<String> feed = anonymousGet(url);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type.replace(" ", ""))
                .isEqualToIgnoringCase("text/calendar;charset=UTF-8"));
        Map<String, VEvent> events = eventsByUid(feed.body());
        assertThat(events).containsKeys(CODIR_MEETING + "@entente", MOVED + "@entente", CANCELLED + "@entente")
                          .doesNotContainKeys(COPIL_MEETING + "@entente", BZH_MEETING + "@entente");
        List<String> codirMeetings = world.signedIn(MEMBER_HDF).get("/api/cooperations/" + HDF + "/bodies/" + CODIR + "/meetings")
                                          .json().findValuesAsText("meetingId");
        // other test classes seat the same person in bodies of their own: this class's meetings are those named cf-…
        assertThat(events.keySet()).filteredOn(uid -> uid.startsWith("cf-"))
                                   .allSatisfy(uid -> assertThat(codirMeetings).contains(uid.replace("@entente", "")));

        VEvent november = events.get(CODIR_MEETING + "@entente");
        assertThat(value(november, Property.SUMMARY)).isEqualTo("Comité technique : Comité de novembre");
        assertThat(value(november, Property.LOCATION)).isEqualTo("Lille, salle 2 ; https://visio.example/codir");
        assertThat(value(november, Property.URL)).endsWith("/cooperations/" + HDF + "/reunions/" + CODIR_MEETING);
        assertThat(value(november, Property.DTSTART)).isEqualTo("20261103T093000");
        assertThat(value(november, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void aMovedMeetingComesWithAHigherSequenceAndACancelledOneAsCancelled(ApiWorld world) {
        String url = feedUrl(world.signedIn(MEMBER_HDF));
        assertThat(value(eventsByUid(anonymousGet(url).body()).get(MOVED + "@entente"), Property.SEQUENCE)).isEqualTo("0");

        world.asSystem(HDF, new MoveMeetingCommand(MOVED, LocalDate.of(2026, 11, 24), LocalTime.of(14, 0), LocalTime.of(16, 0),
                                                   "Arras", null));
        world.asSystem(HDF, new CancelMeetingCommand(CANCELLED, "Grève des transports"));
        awaitMeeting(world, MOVED, meeting -> meeting.sequence() > 0);
        awaitMeeting(world, CANCELLED, meeting -> meeting.sequence() > 0);

        Map<String, VEvent> events = eventsByUid(anonymousGet(url).body());
        VEvent moved = events.get(MOVED + "@entente");
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isGreaterThan(0);
        assertThat(value(moved, Property.DTSTART)).isEqualTo("20261124T140000");
        assertThat(value(moved, Property.LOCATION)).isEqualTo("Arras");
        VEvent cancelled = events.get(CANCELLED + "@entente");
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThan(0);
        assertThat(value(cancelled, Property.DESCRIPTION)).contains("Grève des transports");
    }

    @Test
    void aRegeneratedUrlClosesTheOldOne(ApiWorld world) {
        ApiClient member = world.signedIn(MEMBER_HDF);
        String old = feedUrl(member);
        assertThat(feedUrl(member)).as("the same URL until regenerated").isEqualTo(old);

        Response regenerated = member.post("/api/me/calendar/regeneration", "");
        assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
        String fresh = regenerated.json().path("url").asText();

        assertThat(fresh).isNotEqualTo(old).isEqualTo(feedUrl(member));
        assertThat(anonymousGet(old).statusCode()).isEqualTo(404);
        assertThat(anonymousGet(fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownTokenOpensNothing(ApiWorld world) {
        String base = "http://localhost:" + world.port() + "/calendrier/";

        assertThat(anonymousGet(base + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(anonymousGet(base + "not-a-token.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void aMemberOfTheBodyDownloadsOneMeetingOthersGetNotFound(ApiWorld world) {
        String path = "/api/cooperations/" + HDF + "/meetings/" + CODIR_MEETING + "/calendar.ics";

        Response member = world.signedIn(MEMBER_HDF).get(path);
        assertThat(member.status()).as(member.toString()).isEqualTo(200);
        assertThat(member.contentType()).startsWith("text/calendar");
        assertThat(eventsByUid(member.body())).containsOnlyKeys(CODIR_MEETING + "@entente");

        assertThat(world.signedIn(ADMIN_HDF).get(path).status()).isEqualTo(404);
        assertThat(new ApiClient(world.port()).get(path).status()).as("signed in only").isEqualTo(401);
    }

    private static String feedUrl(ApiClient person) {
        Response response = person.get("/api/me/calendar");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String url = response.json().path("url").asText();
        assertThat(url).matches("http://localhost:\\d+/calendrier/[A-Za-z0-9_-]{43}\\.ics");
        return url;
    }

    private static HttpResponse<String> anonymousGet(String url) {
        try {
            return ANONYMOUS.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, VEvent> eventsByUid(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                           .collect(Collectors.toMap(event -> value(event, Property.UID), Function.identity()));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not iCalendar: " + text, e);
        }
    }

    private static String value(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        return found.map(Property::getValue).orElse(null);
    }
}
