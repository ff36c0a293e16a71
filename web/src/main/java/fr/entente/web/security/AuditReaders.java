package fr.entente.web.security;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.MembershipView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who reads a cooperation's audit trail: its directors, that is the members of its technical committee and of its
 * steering committee, and its administrators. Every page that links to the trail (a meeting's "Historique") asks here.
 */
@Component
public class AuditReaders {

    private static final Set<BodyKind> DIRECTORS = EnumSet.of(BodyKind.TECHNICAL_COMMITTEE, BodyKind.STEERING_COMMITTEE);

    private final QueryGateway queries;
    private final Memberships memberships;
    private final CurrentPerson currentPerson;

    public AuditReaders(QueryGateway queries, Memberships memberships, CurrentPerson currentPerson) {
        this.queries = queries;
        this.memberships = memberships;
        this.currentPerson = currentPerson;
    }

    public boolean reads(MembershipView membership) {
        return membership.administrator()
               || membership.bodies().stream().map(BodyMembershipView::bodyId).anyMatch(bodyId -> directs(membership.cooperationId(), bodyId));
    }

    /** Whether the signed-in person reads this cooperation's trail. */
    public boolean signedInPersonReads(String cooperationId) {
        Optional<MembershipView> membership = memberships.of(cooperationId, currentPerson.personId());
        return membership.map(this::reads).orElse(false);
    }

    private boolean directs(String cooperationId, String bodyId) {
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class)).join()
                      .map(body -> DIRECTORS.contains(body.kind())).orElse(false);
    }
}
