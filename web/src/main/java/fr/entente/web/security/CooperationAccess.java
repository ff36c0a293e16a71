package fr.entente.web.security;

import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.CooperationView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.FindCooperationQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.infra.audit.Actor;
import fr.entente.web.problem.NotVisibleException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What the signed-in person may see of a cooperation, from the {@code memberships} read model: a cooperation
 * only if they belong to it, a body only if they belong to its cooperation and, for a partner's people, only if
 * their organisation is named to it (domain rule 2). Anything else is "not found", whether it exists or not.
 * <p>
 * The same membership gives the {@link Actor} a command is sent as; the aggregate then decides whether that
 * person may do it (403 for a member without the role).
 */
@Component
public class CooperationAccess {

    private final QueryGateway queries;
    private final CurrentPerson currentPerson;
    private final Memberships memberships;

    public CooperationAccess(QueryGateway queries, CurrentPerson currentPerson, Memberships memberships) {
        this.queries = queries;
        this.currentPerson = currentPerson;
        this.memberships = memberships;
    }

    /** The signed-in person's membership of this cooperation, or 404. */
    public MembershipView membershipIn(String cooperationId) {
        return memberships.of(cooperationId, currentPerson.personId()).orElseThrow(NotVisibleException::cooperation);
    }

    /** Who acts, for whom, where: the metadata of a command the signed-in person sends to this cooperation. */
    public Actor actorIn(String cooperationId) {
        MembershipView membership = membershipIn(cooperationId);
        return new Actor(membership.personId(), membership.organisationId(), cooperationId);
    }

    /** The cooperation, if the person belongs to it. */
    public VisibleCooperation cooperation(String cooperationId) {
        MembershipView membership = membershipIn(cooperationId);
        CooperationView cooperation = findCooperation(cooperationId).orElseThrow(NotVisibleException::cooperation);
        return new VisibleCooperation(membership, cooperation);
    }

    /** The body, if the person belongs to its cooperation and, for a partner's person, if the partner is named to it. */
    public BodyView body(String cooperationId, String bodyId) {
        VisibleCooperation visible = cooperation(cooperationId);
        BodyView body = queries.query(new FindBodyQuery(cooperationId, bodyId),
                                      ResponseTypes.optionalInstanceOf(BodyView.class))
                               .join()
                               .orElseThrow(NotVisibleException::body);
        if (!visible.mayOpen(body)) {
            throw NotVisibleException.body();
        }
        return body;
    }

    public Optional<CooperationView> findCooperation(String cooperationId) {
        return queries.query(new FindCooperationQuery(cooperationId),
                             ResponseTypes.optionalInstanceOf(CooperationView.class))
                      .join();
    }
}
