package fr.entente.web.meeting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindMembershipsQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.meeting.query.BodyRef;
import fr.entente.meeting.query.FindBodyMeetingsQuery;
import fr.entente.meeting.query.FindMeetingQuery;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CurrentPerson;
import fr.entente.web.security.Memberships;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who may see a body's meetings: the people who sit in the body, whatever their role, read from their membership of
 * its cooperation. Anyone else (a member of the cooperation who does not sit in the body, a partner's person, a
 * person of another cooperation) is told the meeting does not exist. Minutes that are not published yet are shown to
 * the body's officer and convenor only. The members of a body that the meeting's body reports to (the technical
 * committee, for the working group) read its published minutes and record of proposals, and nothing else of it.
 * <p>
 * The one place of this rule: the API, the pages, the live topics and the calendar feeds all ask here.
 */
@Component
public class MeetingAccess {

    /** Where a meeting belongs: it never changes, so it is remembered. */
    public record Place(String cooperationId, String bodyId) {
    }

    private final QueryGateway queries;
    private final CurrentPerson currentPerson;
    private final Memberships memberships;
    private final Cache<String, Place> places = Caffeine.newBuilder().maximumSize(50_000).build();

    public MeetingAccess(QueryGateway queries, CurrentPerson currentPerson, Memberships memberships) {
        this.queries = queries;
        this.currentPerson = currentPerson;
        this.memberships = memberships;
    }

    /** This person's role in this body of this cooperation, if they sit in it. */
    public Optional<BodyRole> seatOf(String personId, String cooperationId, String bodyId) {
        if (bodyId == null) {
            return Optional.empty();
        }
        return memberships.of(cooperationId, personId)
                          .flatMap(membership -> membership.bodies().stream()
                                                           .filter(seat -> seat.bodyId().equals(bodyId))
                                                           .map(BodyMembershipView::role).findFirst());
    }

    /** Whether this person sits in this body of this cooperation. */
    public boolean sitsIn(String personId, String cooperationId, String bodyId) {
        return seatOf(personId, cooperationId, bodyId).isPresent();
    }

    /** The meeting as this person may see it, if it belongs to this cooperation and they sit in its body. */
    public Optional<SeenMeeting> seenBy(String personId, String cooperationId, String meetingId) {
        return queries.query(new FindMeetingQuery(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                      .filter(meeting -> meeting.cooperationId().equals(cooperationId))
                      .flatMap(meeting -> {
                          places.put(meetingId, new Place(meeting.cooperationId(), meeting.bodyId()));
                          return seatOf(personId, cooperationId, meeting.bodyId())
                                  .map(role -> seen(meeting, role, personId));
                      });
    }

    /**
     * The meeting's minutes as the signed-in person may read them: as a member of its body, or else, once published,
     * as a member of a body it reports to; or 404.
     */
    public SeenMeeting minutesReader(String cooperationId, String meetingId) {
        String personId = currentPerson.personId();
        return seenBy(personId, cooperationId, meetingId)
                .or(() -> byReportingLine(personId, cooperationId, meetingId))
                .orElseThrow(NotVisibleException::meeting);
    }

    /** The published record of a meeting whose body reports to a body this person sits in. */
    public Optional<SeenMeeting> byReportingLine(String personId, String cooperationId, String meetingId) {
        return queries.query(new FindMeetingQuery(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                      .filter(meeting -> meeting.cooperationId().equals(cooperationId))
                      .filter(meeting -> readsReportsOf(personId, cooperationId, meeting.bodyId()))
                      .flatMap(MeetingView::publishedRecord)
                      .map(record -> SeenMeeting.byReportingLine(record, personId));
    }

    /** Whether this person sits in a body that this body reports to. */
    public boolean readsReportsOf(String personId, String cooperationId, String bodyId) {
        List<String> reportsTo = queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class))
                                        .join().map(BodyView::reportsTo).orElse(List.of());
        return reportsTo.stream().anyMatch(to -> sitsIn(personId, cooperationId, to));
    }

    /** The meeting as the signed-in person may see it, or 404. */
    public SeenMeeting seen(String cooperationId, String meetingId) {
        return seenBy(currentPerson.personId(), cooperationId, meetingId).orElseThrow(NotVisibleException::meeting);
    }

    /** The meeting as the signed-in person may see it, or 404. */
    public MeetingView meeting(String cooperationId, String meetingId) {
        return seen(cooperationId, meetingId).meeting();
    }

    /**
     * The signed-in person's role in the body of this meeting, or 404, without reading the meeting when its place is
     * known: what a page refreshing its sections after a live update asks.
     */
    public BodyRole roleOfCurrentPersonIn(String cooperationId, String meetingId) {
        Place place = places.getIfPresent(meetingId);
        if (place == null) {
            return seen(cooperationId, meetingId).role();
        }
        if (!place.cooperationId().equals(cooperationId)) {
            throw NotVisibleException.meeting();
        }
        return seatOf(currentPerson.personId(), cooperationId, place.bodyId()).orElseThrow(NotVisibleException::meeting);
    }

    /** The body's meetings, by date then start time, if the signed-in person sits in the body; or 404. */
    public List<MeetingSummary> bodyMeetings(String cooperationId, String bodyId) {
        if (!sitsIn(currentPerson.personId(), cooperationId, bodyId)) {
            throw NotVisibleException.meeting();
        }
        return queries.query(new FindBodyMeetingsQuery(cooperationId, bodyId),
                             ResponseTypes.multipleInstancesOf(MeetingSummary.class)).join();
    }

    /** Every body this person sits in, in all their cooperations: whose meetings their calendar shows. */
    public List<BodyRef> bodiesOf(String personId) {
        return bodiesIn(queries.query(new FindMembershipsQuery(personId), ResponseTypes.multipleInstancesOf(MembershipView.class))
                               .join());
    }

    /** The bodies these memberships seat the person in. */
    public static List<BodyRef> bodiesIn(List<MembershipView> memberships) {
        return memberships.stream()
                          .flatMap(membership -> membership.bodies().stream().map(BodyMembershipView::bodyId)
                                                           .map(bodyId -> new BodyRef(membership.cooperationId(), bodyId)))
                          .toList();
    }

    private static SeenMeeting seen(MeetingView meeting, BodyRole role, String personId) {
        SeenMeeting seen = new SeenMeeting(meeting, role, personId);
        return seen.manager() ? seen : new SeenMeeting(meeting.withMinutesOnlyIfPublished(), role, personId);
    }
}
