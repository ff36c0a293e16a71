package fr.entente.study.query;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.study.api.StudyRoster;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.Optional;

/**
 * The studies' view of the directory, asked through its queries: the working group's seats (its officer and convenor
 * run the studies, its members propose them), the technical committee's (its directors raise questions), the
 * cooperation's administrators, and its member centres.
 */
@Component
public class StudyRosterFromDirectory implements StudyRoster {

    private final QueryGateway queries;

    public StudyRosterFromDirectory(@Lazy QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public boolean managesStudies(String cooperationId, String personId) {
        return membership(cooperationId, personId).map(membership -> membership.administrator()
                || seatIn(cooperationId, membership, BodyKind.WORKING_GROUP)
                        .filter(role -> role == BodyRole.OFFICER || role == BodyRole.CONVENOR).isPresent())
                .orElse(false);
    }

    @Override
    public boolean sitsInWorkingGroup(String cooperationId, String personId) {
        return membership(cooperationId, personId)
                .flatMap(membership -> seatIn(cooperationId, membership, BodyKind.WORKING_GROUP)).isPresent();
    }

    @Override
    public boolean sitsInTechnicalCommittee(String cooperationId, String personId) {
        return membership(cooperationId, personId)
                .flatMap(membership -> seatIn(cooperationId, membership, BodyKind.TECHNICAL_COMMITTEE)).isPresent();
    }

    @Override
    public Optional<String> organisationOf(String cooperationId, String personId) {
        return membership(cooperationId, personId).map(MembershipView::organisationId);
    }

    @Override
    public boolean isMemberCentre(String cooperationId, String organisationId) {
        if (cooperationId == null || organisationId == null) {
            return false;
        }
        return queries.query(new FindCooperationQuery(cooperationId), ResponseTypes.optionalInstanceOf(CooperationView.class))
                      .join().map(cooperation -> cooperation.memberCentres().stream()
                                                            .anyMatch(centre -> centre.organisationId().equals(organisationId)))
                      .orElse(false);
    }

    /** The person's role in a body of this kind (the highest, OFFICER first, if they sit in several), if any. */
    private Optional<BodyRole> seatIn(String cooperationId, MembershipView membership, BodyKind kind) {
        return membership.bodies().stream()
                         .filter(seat -> body(cooperationId, seat.bodyId()).map(BodyView::kind).filter(kind::equals).isPresent())
                         .map(BodyMembershipView::role)
                         .max(Comparator.naturalOrder());
    }

    private Optional<BodyView> body(String cooperationId, String bodyId) {
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class)).join();
    }

    private Optional<MembershipView> membership(String cooperationId, String personId) {
        if (cooperationId == null || personId == null) {
            return Optional.empty();
        }
        return queries.query(new FindMembershipQuery(cooperationId, personId),
                             ResponseTypes.optionalInstanceOf(MembershipView.class)).join();
    }
}
