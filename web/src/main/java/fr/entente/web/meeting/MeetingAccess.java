package fr.entente.web.meeting;

import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.FindMembershipsQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.meeting.query.BodyRef;
import fr.entente.meeting.query.FindBodyMeetingsQuery;
import fr.entente.meeting.query.FindMeetingQuery;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CurrentPerson;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Who may see a body's meetings: the people who sit in the body, whatever their role, read from their membership of
 * its cooperation (the {@code memberships} read model). Anyone else (a member of the cooperation who does not sit in
 * the body, a partner's person, a person of another cooperation) is told the meeting does not exist.
 * <p>
 * The one place of this rule: the API, the pages, the live topics and the calendar feeds all ask here.
 */
@Component
public class MeetingAccess {

    private final QueryGateway queries;
    private final CurrentPerson currentPerson;

    public MeetingAccess(QueryGateway queries, CurrentPerson currentPerson) {
        this.queries = queries;
        this.currentPerson = currentPerson;
    }

    /** Whether this person sits in this body of this cooperation. */
    public boolean sitsIn(String personId, String cooperationId, String bodyId) {
        if (personId == null || cooperationId == null || bodyId == null) {
            return false;
        }
        return queries.query(new FindMembershipQuery(cooperationId, personId),
                             ResponseTypes.optionalInstanceOf(MembershipView.class)).join()
                      .filter(membership -> membership.bodies().stream().anyMatch(seat -> seat.bodyId().equals(bodyId)))
                      .isPresent();
    }

    /** The meeting, if it belongs to this cooperation and this person sits in its body. */
    public Optional<MeetingView> visibleTo(String personId, String cooperationId, String meetingId) {
        return queries.query(new FindMeetingQuery(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                      .filter(meeting -> meeting.cooperationId().equals(cooperationId))
                      .filter(meeting -> sitsIn(personId, cooperationId, meeting.bodyId()));
    }

    /** The meeting as the signed-in person may see it, or 404. */
    public MeetingView meeting(String cooperationId, String meetingId) {
        return visibleTo(currentPerson.personId(), cooperationId, meetingId).orElseThrow(NotVisibleException::meeting);
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
}
