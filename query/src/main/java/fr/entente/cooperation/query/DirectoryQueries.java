package fr.entente.cooperation.query;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the other contexts' rosters ask of the directory, through its queries, never its collections. Each answer is
 * keyed by cooperation, so a person, body or organisation of another cooperation is never found; a missing
 * identifier finds nothing. Like any read model, it follows the log a moment behind.
 */
public final class DirectoryQueries {

    private final QueryGateway queries;

    public DirectoryQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<MembershipView> membership(String cooperationId, String personId) {
        if (cooperationId == null || personId == null) {
            return Optional.empty();
        }
        return queries.query(new FindMembershipQuery(cooperationId, personId),
                             ResponseTypes.optionalInstanceOf(MembershipView.class)).join();
    }

    public Optional<BodyView> body(String cooperationId, String bodyId) {
        if (cooperationId == null || bodyId == null) {
            return Optional.empty();
        }
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class)).join();
    }

    public Optional<CooperationView> cooperation(String cooperationId) {
        if (cooperationId == null) {
            return Optional.empty();
        }
        return queries.query(new FindCooperationQuery(cooperationId), ResponseTypes.optionalInstanceOf(CooperationView.class))
                      .join();
    }

    /** The person's seat in this body, if they sit in it. */
    public Optional<BodyRole> roleIn(String cooperationId, String bodyId, String personId) {
        if (bodyId == null) {
            return Optional.empty();
        }
        return membership(cooperationId, personId).flatMap(membership -> membership.bodies().stream()
                .filter(seat -> seat.bodyId().equals(bodyId)).map(BodyMembershipView::role).findFirst());
    }

    /** Whether the person sits in this body, whatever their seat. */
    public boolean sitsIn(String cooperationId, String bodyId, String personId) {
        return membership(cooperationId, personId)
                .map(membership -> membership.bodies().stream().anyMatch(seat -> seat.bodyId().equals(bodyId)))
                .orElse(false);
    }

    /** Whether the person sits in a body of this kind, whatever their seat. */
    public boolean sitsIn(String cooperationId, BodyKind kind, String personId) {
        return membership(cooperationId, personId).flatMap(membership -> seatIn(cooperationId, membership, kind)).isPresent();
    }

    /** The person's role in a body of this kind (the highest, if they sit in several), if any. */
    public Optional<BodyRole> seatIn(String cooperationId, MembershipView membership, BodyKind kind) {
        return membership.bodies().stream()
                         .filter(seat -> body(cooperationId, seat.bodyId()).map(BodyView::kind).filter(kind::equals).isPresent())
                         .map(BodyMembershipView::role)
                         .max(Comparator.naturalOrder());
    }

    public boolean isMemberCentre(String cooperationId, String organisationId) {
        return organisationId != null && cooperation(cooperationId).map(cooperation -> cooperation.memberCentres().stream()
                .anyMatch(centre -> centre.organisationId().equals(organisationId))).orElse(false);
    }

    /** A member centre or a partner of the cooperation, in one look-up. */
    public boolean hasOrganisation(String cooperationId, String organisationId) {
        return organisationId != null && cooperation(cooperationId).map(cooperation -> Stream.concat(
                cooperation.memberCentres().stream().map(MemberCentreView::organisationId),
                cooperation.partners().stream().map(PartnerView::organisationId)).anyMatch(organisationId::equals)).orElse(false);
    }

    public boolean isPartner(String cooperationId, String organisationId) {
        return organisationId != null && cooperation(cooperationId).map(cooperation -> cooperation.partners().stream()
                .anyMatch(partner -> partner.organisationId().equals(organisationId))).orElse(false);
    }
}
