package fr.entente.meeting.query;

import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.cooperation.query.MemberCentreView;
import fr.entente.cooperation.query.PartnerView;
import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.meeting.api.BodyRoster;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who sits in which body, and which organisations and bodies a cooperation has, for the meetings' command handlers,
 * asked of the cooperation's directory through its queries ({@link FindMembershipQuery}: a person's organisation and
 * seats in one cooperation; {@link FindCooperationQuery}, {@link FindBodyQuery}), never read from its collections. Keyed by cooperation, so a body or a person of another cooperation is never found. Like any read model
 * it follows the log a moment behind: a person seated a second ago may be refused once, and try again.
 */
@Component
public class BodyRosterFromDirectory implements BodyRoster {

    private final QueryGateway queries;

    /** Lazy: the query gateway is built with the Axon configuration, which command handlers' resources are part of. */
    public BodyRosterFromDirectory(@Lazy QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<BodyRole> roleOf(String cooperationId, String bodyId, String personId) {
        if (bodyId == null) {
            return Optional.empty();
        }
        return membership(cooperationId, personId)
                .flatMap(membership -> membership.bodies().stream().filter(seat -> seat.bodyId().equals(bodyId))
                                                 .map(BodyMembershipView::role).findFirst());
    }

    @Override
    public Optional<String> organisationOf(String cooperationId, String personId) {
        return membership(cooperationId, personId).map(MembershipView::organisationId);
    }

    @Override
    public boolean hasOrganisation(String cooperationId, String organisationId) {
        if (cooperationId == null || organisationId == null) {
            return false;
        }
        return queries.query(new FindCooperationQuery(cooperationId), ResponseTypes.optionalInstanceOf(CooperationView.class))
                      .join()
                      .map(cooperation -> Stream.concat(cooperation.memberCentres().stream().map(MemberCentreView::organisationId),
                                                        cooperation.partners().stream().map(PartnerView::organisationId))
                                                .anyMatch(organisationId::equals))
                      .orElse(false);
    }

    @Override
    public boolean hasBody(String cooperationId, String bodyId) {
        if (cooperationId == null || bodyId == null) {
            return false;
        }
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class))
                      .join().isPresent();
    }

    private Optional<MembershipView> membership(String cooperationId, String personId) {
        if (cooperationId == null || personId == null) {
            return Optional.empty();
        }
        return queries.query(new FindMembershipQuery(cooperationId, personId),
                             ResponseTypes.optionalInstanceOf(MembershipView.class)).join();
    }
}
