package fr.entente.web.meeting.rest;

import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.meeting.MeetingCalendar;
import fr.entente.infra.calendar.ICalendarWriter;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.security.CurrentPerson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendars: each person's secret feed URL, which a calendar application subscribes to without signing in (the token
 * in the URL is the only key; regenerating it closes the old URL at once), and one meeting to import.
 */
@RestController
@Tag(name = "Réunions")
public class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType(ICalendarWriter.CONTENT_TYPE);

    /** A feed's URL: {@code <base>/calendrier/<token>.ics}. */
    public record FeedUrl(String url) {
    }

    private final MeetingCalendar calendar;
    private final MeetingAccess access;
    private final CurrentPerson currentPerson;

    CalendarController(MeetingCalendar calendar, MeetingAccess access, CurrentPerson currentPerson) {
        this.calendar = calendar;
        this.access = access;
        this.currentPerson = currentPerson;
    }

    @GetMapping("/calendrier/{token}.ics")
    @Operation(summary = "A person's calendar feed (iCalendar), opened by its secret token, without signing in",
               description = "The meetings of every body the person sits in, cancelled ones marked CANCELLED. 404 for "
                             + "an unknown or replaced token.")
    public ResponseEntity<String> feed(@PathVariable String token) {
        return calendar.personOfFeed(token)
                     .map(personId -> calendarResponse(calendar.feedOf(personId)))
                     .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/api/me/calendar", produces = "application/json")
    @Operation(summary = "The signed-in person's calendar feed URL, to subscribe to in a calendar application",
               description = "Secret: anyone with the URL reads the person's meetings. The same URL until regenerated.")
    public FeedUrl feedUrl() {
        return new FeedUrl(calendar.feedUrlOf(currentPerson.personId()));
    }

    @PostMapping(path = "/api/me/calendar/regeneration", produces = "application/json")
    @Operation(summary = "Replace the signed-in person's calendar feed URL; the old one stops working at once")
    public FeedUrl regenerate() {
        return new FeedUrl(calendar.regenerateFeedUrlOf(currentPerson.personId()));
    }

    @GetMapping("/api/cooperations/{cooperationId}/meetings/{meetingId}/calendar.ics")
    @Operation(summary = "One meeting as an iCalendar file, to import",
               description = "For the members of the meeting's body only: 404 for anyone else.")
    public ResponseEntity<String> meeting(@PathVariable String cooperationId, @PathVariable String meetingId) {
        MeetingView meeting = access.meeting(cooperationId, meetingId);
        return calendarResponse(calendar.oneMeeting(meeting.summary()));
    }

    private static ResponseEntity<String> calendarResponse(String text) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache()).body(text);
    }

}
