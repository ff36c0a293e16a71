package fr.entente.web.meeting;

import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.meeting.api.AgendaRequestReceipt;
import fr.entente.meeting.api.MeetingLimits;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.ReceiveReferralCommand;
import fr.entente.meeting.api.ReferralOrigin;
import fr.entente.meeting.query.FindReferralQuery;
import fr.entente.meeting.query.FindWaitingReferralsQuery;
import fr.entente.meeting.query.MeetingView;
import fr.entente.meeting.query.ReferralView;
import fr.entente.web.application.PersonCommands;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.security.CurrentPerson;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

import static fr.entente.meeting.api.MeetingRefusedException.refused;

/**
 * The proposals other bodies referred to a body: the list of those waiting, for the body's members, and their
 * placing among the requests of one of its meetings, by its officer or convenor (or by the hub, {@link ReferralRouting}).
 */
@Component
public class MeetingReferrals {

    /** A referral waiting, with the name of the body it comes from. */
    public record Waiting(ReferralView referral, String fromBodyName) {
    }

    private final QueryGateway queries;
    private final MeetingAccess access;
    private final CurrentPerson currentPerson;
    private final PersonCommands commands;

    MeetingReferrals(QueryGateway queries, MeetingAccess access, CurrentPerson currentPerson, PersonCommands commands) {
        this.queries = queries;
        this.access = access;
        this.currentPerson = currentPerson;
        this.commands = commands;
    }

    /** The referrals waiting for this body, oldest first, if the signed-in person sits in it; or 404. */
    public List<Waiting> waitingFor(String cooperationId, String bodyId) {
        if (!access.sitsIn(currentPerson.personId(), cooperationId, bodyId)) {
            throw NotVisibleException.meeting();
        }
        return queries.query(new FindWaitingReferralsQuery(cooperationId, bodyId), ResponseTypes.multipleInstancesOf(ReferralView.class))
                      .join().stream()
                      .map(referral -> new Waiting(referral, bodyName(cooperationId, referral.fromBodyId())))
                      .toList();
    }

    /** Places a waiting referral among the requests of this meeting, which must be of the body it is referred to. */
    public MeetingResults.AgendaRequest place(String cooperationId, String meetingId, MeetingRequests.ReferralPlacement placement) {
        MeetingView meeting = access.meeting(cooperationId, meetingId);
        ReferralView referral = queries.query(new FindReferralQuery(placement.fromMeetingId(), placement.proposalId()),
                                              ResponseTypes.optionalInstanceOf(ReferralView.class)).join()
                                       .filter(found -> found.cooperationId().equals(cooperationId))
                                       .filter(ReferralView::waiting)
                                       .orElseThrow(() -> refused(MeetingRefusal.REFERRAL_UNKNOWN));
        if (!referral.toBodyId().equals(meeting.bodyId())) {
            throw refused(MeetingRefusal.REFERRAL_NOT_FOR_THIS_BODY);
        }
        AgendaRequestReceipt received = commands.send(cooperationId, command(referral, meetingId));
        return new MeetingResults.AgendaRequest(meetingId, received.requestId(), null, null, received.title(),
                                                received.purpose(), received.description(), null);
    }

    /**
     * The request a referral becomes: titled with the proposal's first line, its whole text as the description when
     * the title had to be cut; where it comes from is its origin, which pages word in the reader's language.
     */
    ReceiveReferralCommand command(ReferralView referral, String meetingId) {
        String text = referral.text() == null || referral.text().isBlank() ? referral.proposalId() : referral.text().strip();
        String firstLine = text.lines().findFirst().orElse(text).strip();
        String title = firstLine.length() <= MeetingLimits.TITLE ? firstLine
                : firstLine.substring(0, MeetingLimits.TITLE - 1).strip() + "…";
        String description = title.equals(text) ? null
                : text.length() <= MeetingLimits.DESCRIPTION ? text : text.substring(0, MeetingLimits.DESCRIPTION - 1) + "…";
        return new ReceiveReferralCommand(meetingId, "renvoi-" + referral.proposalId(),
                                          new ReferralOrigin(referral.fromMeetingId(), referral.proposalId(), referral.fromBodyId()),
                                          title, description);
    }

    private String bodyName(String cooperationId, String bodyId) {
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class)).join()
                      .map(body -> body.name() == null ? body.bodyId() : body.name()).orElse(bodyId);
    }
}
