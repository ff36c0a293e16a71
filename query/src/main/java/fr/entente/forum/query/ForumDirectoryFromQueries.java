package fr.entente.forum.query;

import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.forum.api.ForumDirectory;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.meeting.query.FindMeetingQuery;
import fr.entente.meeting.query.MeetingView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What the forum's command handlers ask of the directory, the meetings and the decisions, through those contexts'
 * queries ({@link FindMembershipQuery}, {@link FindMeetingQuery}, {@link FindDecisionQuery}), never their collections.
 * Keyed by cooperation.
 */
@Component
public class ForumDirectoryFromQueries implements ForumDirectory {

    private final QueryGateway queries;

    /** Lazy: the query gateway is built with the Axon configuration, which command handlers' resources are part of. */
    public ForumDirectoryFromQueries(@Lazy QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public boolean belongsTo(String cooperationId, String personId) {
        return membership(cooperationId, personId).isPresent();
    }

    @Override
    public boolean administers(String cooperationId, String personId) {
        return membership(cooperationId, personId).map(MembershipView::administrator).orElse(false);
    }

    @Override
    public boolean hasMeeting(String cooperationId, String meetingId) {
        if (cooperationId == null || meetingId == null) {
            return false;
        }
        return queries.query(new FindMeetingQuery(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class)).join()
                      .map(meeting -> cooperationId.equals(meeting.cooperationId())).orElse(false);
    }

    @Override
    public boolean hasDecision(String cooperationId, String decisionId) {
        if (cooperationId == null || decisionId == null) {
            return false;
        }
        return queries.query(new FindDecisionQuery(decisionId), ResponseTypes.optionalInstanceOf(DecisionView.class)).join()
                      .map(decision -> cooperationId.equals(decision.cooperationId())).orElse(false);
    }

    private Optional<MembershipView> membership(String cooperationId, String personId) {
        if (cooperationId == null || personId == null) {
            return Optional.empty();
        }
        return queries.query(new FindMembershipQuery(cooperationId, personId),
                             ResponseTypes.optionalInstanceOf(MembershipView.class)).join();
    }
}
