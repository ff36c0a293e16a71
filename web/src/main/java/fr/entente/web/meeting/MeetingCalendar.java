package fr.entente.web.meeting;

import fr.entente.infra.security.CalendarFeedTokens;

import fr.entente.cooperation.query.BodySummary;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.infra.calendar.CalendarEntry;
import fr.entente.infra.calendar.ICalendarWriter;
import fr.entente.meeting.query.FindMeetingsOfBodiesQuery;
import fr.entente.meeting.query.MeetingStatus;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.web.config.PublicUrl;
import fr.entente.web.security.CooperationAccess;
import fr.entente.web.security.Memberships;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Meetings as iCalendar text: a person's feed (the meetings of every body they sit in) or one meeting. The UID is
 * {@code <meetingId>@entente}, the SEQUENCE the view's, so that a subscribed calendar replaces a moved meeting and
 * shows a cancelled one as cancelled; the summary names the body, the URL opens the meeting's page.
 */
@Component
public class MeetingCalendar {

    private final QueryGateway queries;
    private final MeetingAccess access;
    private final CooperationAccess cooperations;
    private final ICalendarWriter writer;
    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final CalendarFeedTokens tokens;
    private final Memberships memberships;

    MeetingCalendar(QueryGateway queries, MeetingAccess access, CooperationAccess cooperations, ICalendarWriter writer,
                    MessageSource messages, PublicUrl publicUrl, CalendarFeedTokens tokens, Memberships memberships) {
        this.tokens = tokens;
        this.memberships = memberships;
        this.publicUrl = publicUrl;
        this.queries = queries;
        this.access = access;
        this.cooperations = cooperations;
        this.writer = writer;
        this.messages = messages;
    }

    /** The person's calendar: the meetings of every body they sit in, in all their cooperations. */
    public String feedOf(String personId) {
        List<MeetingSummary> meetings = queries.query(new FindMeetingsOfBodiesQuery(access.bodiesOf(personId)),
                                                      ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join();
        return writer.write("Entente : mes réunions", entries(meetings));
    }

    /** One meeting, as a calendar to import. */
    public String oneMeeting(MeetingSummary meeting) {
        List<CalendarEntry> entries = entries(List.of(meeting));
        return writer.write(entries.isEmpty() ? meeting.title() : entries.get(0).summary(), entries);
    }

    /** The secret address of a person's feed: {@code <base>/calendrier/<token>.ics}, the same until regenerated. */
    public String feedUrlOf(String personId) {
        return urlOf(tokens.tokenOf(personId));
    }

    /** A new secret address for a person's feed; the old one stops working at once. */
    public String regenerateFeedUrlOf(String personId) {
        return urlOf(tokens.regenerate(personId));
    }

    /** The person a feed's token opens, if it is a current one and they still belong to a cooperation. */
    public Optional<String> personOfFeed(String token) {
        return tokens.personOf(token).filter(memberships::belongsToACooperation);
    }

    private String urlOf(String token) {
        return publicUrl.base() + "/calendrier/" + token + ".ics";
    }

    private List<CalendarEntry> entries(List<MeetingSummary> meetings) {
        Map<String, Optional<CooperationView>> cooperationsById = new HashMap<>();
        List<CalendarEntry> entries = new ArrayList<>();
        for (MeetingSummary meeting : meetings) {
            if (meeting.date() == null || meeting.startTime() == null || meeting.endTime() == null
                || !meeting.endTime().isAfter(meeting.startTime())) {
                continue;
            }
            Optional<CooperationView> cooperation = cooperationsById.computeIfAbsent(meeting.cooperationId(),
                                                                                     cooperations::findCooperation);
            entries.add(new CalendarEntry(
                    meeting.meetingId() + "@entente", meeting.sequence(),
                    meeting.date().atTime(meeting.startTime()).atZone(CalendarEntry.PARIS),
                    meeting.date().atTime(meeting.endTime()).atZone(CalendarEntry.PARIS),
                    bodyName(cooperation, meeting.bodyId()) + " : " + meeting.title(),
                    description(meeting), location(meeting),
                    URI.create(publicUrl.meetingPage(meeting.cooperationId(), meeting.meetingId())),
                    meeting.status() == MeetingStatus.CANCELLED ? CalendarEntry.Status.CANCELLED
                                                                : CalendarEntry.Status.CONFIRMED,
                    meeting.lastModified()));
        }
        return entries;
    }

    private String bodyName(Optional<CooperationView> cooperation, String bodyId) {
        return cooperation.flatMap(found -> found.bodies().stream().filter(body -> body.bodyId().equals(bodyId)).findFirst())
                          .map(this::nameOf).orElse(bodyId);
    }

    private String nameOf(BodySummary body) {
        if (body.name() != null && !body.name().isBlank()) {
            return body.name();
        }
        String kind = messages.getMessage("kind." + body.kind(), null, body.bodyId(), Locale.FRENCH);
        return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    private static String location(MeetingSummary meeting) {
        String location = Stream.of(meeting.place(), meeting.videoLink()).filter(part -> part != null && !part.isBlank())
                                .collect(Collectors.joining(" ; "));
        return location.isEmpty() ? null : location;
    }

    private static String description(MeetingSummary meeting) {
        List<String> lines = new ArrayList<>();
        if (meeting.status() == MeetingStatus.CANCELLED) {
            lines.add("Réunion annulée" + (meeting.cancelReason() == null ? "." : " : " + meeting.cancelReason()));
        }
        if (meeting.videoLink() != null && !meeting.videoLink().isBlank()) {
            lines.add("Visioconférence : " + meeting.videoLink());
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
