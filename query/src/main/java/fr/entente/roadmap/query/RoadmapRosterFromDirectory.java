package fr.entente.roadmap.query;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.roadmap.api.RoadmapRoster;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The roadmaps' view of the directory, asked through its queries: the working group's officer and convenor (and the
 * cooperation's administrators) manage the roadmap, its members propose it; the cooperation's member centres and
 * partner organisations are what its actions may name.
 */
@Component
public class RoadmapRosterFromDirectory implements RoadmapRoster {

    private final QueryGateway queries;

    public RoadmapRosterFromDirectory(@Lazy QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public boolean managesRoadmaps(String cooperationId, String personId) {
        return membership(cooperationId, personId).map(membership -> membership.administrator()
                || seatIn(cooperationId, membership).filter(role -> role == BodyRole.OFFICER || role == BodyRole.CONVENOR)
                                                    .isPresent())
                .orElse(false);
    }

    @Override
    public boolean sitsInWorkingGroup(String cooperationId, String personId) {
        return membership(cooperationId, personId).flatMap(membership -> seatIn(cooperationId, membership)).isPresent();
    }

    @Override
    public Optional<String> organisationOf(String cooperationId, String personId) {
        return membership(cooperationId, personId).map(MembershipView::organisationId);
    }

    @Override
    public boolean isMemberCentre(String cooperationId, String organisationId) {
        return cooperation(cooperationId).map(cooperation -> cooperation.memberCentres().stream()
                .anyMatch(centre -> centre.organisationId().equals(organisationId))).orElse(false);
    }

    @Override
    public boolean isPartner(String cooperationId, String organisationId) {
        return cooperation(cooperationId).map(cooperation -> cooperation.partners().stream()
                .anyMatch(partner -> partner.organisationId().equals(organisationId))).orElse(false);
    }

    private Optional<CooperationView> cooperation(String cooperationId) {
        if (cooperationId == null) {
            return Optional.empty();
        }
        return queries.query(new FindCooperationQuery(cooperationId), ResponseTypes.optionalInstanceOf(CooperationView.class)).join();
    }

    /** The person's highest role in a working group of the cooperation, if any. */
    private Optional<BodyRole> seatIn(String cooperationId, MembershipView membership) {
        return membership.bodies().stream()
                         .filter(seat -> queries.query(new FindBodyQuery(cooperationId, seat.bodyId()),
                                                       ResponseTypes.optionalInstanceOf(BodyView.class)).join()
                                                .map(BodyView::kind).filter(BodyKind.WORKING_GROUP::equals).isPresent())
                         .map(BodyMembershipView::role)
                         .max(java.util.Comparator.naturalOrder());
    }

    private Optional<MembershipView> membership(String cooperationId, String personId) {
        if (cooperationId == null || personId == null) {
            return Optional.empty();
        }
        return queries.query(new FindMembershipQuery(cooperationId, personId),
                             ResponseTypes.optionalInstanceOf(MembershipView.class)).join();
    }
}
