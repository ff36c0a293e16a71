package fr.entente.web.audit;

import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.query.BodyMembershipView;
import fr.entente.cooperation.query.BodyView;
import fr.entente.cooperation.query.FindBodyQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.web.security.CooperationAccess;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who reads a cooperation's audit trail: its directors, that is the members of its technical committee and of its
 * steering committee, and its administrators. Another member of the cooperation is refused (403); someone outside it
 * gets the 404 of a cooperation that does not exist.
 */
@Component
public class AuditAccess {

    private static final Set<BodyKind> DIRECTORS = EnumSet.of(BodyKind.TECHNICAL_COMMITTEE, BodyKind.STEERING_COMMITTEE);

    private final CooperationAccess cooperations;
    private final QueryGateway queries;

    public AuditAccess(CooperationAccess cooperations, QueryGateway queries) {
        this.cooperations = cooperations;
        this.queries = queries;
    }

    /** The signed-in person's membership, if they read this cooperation's audit trail; else 404 or 403. */
    public MembershipView requireReader(String cooperationId) {
        MembershipView membership = cooperations.membershipIn(cooperationId);
        if (!reads(membership)) {
            throw new AuditRefusedException(AuditRefusal.DIRECTORS_ONLY);
        }
        return membership;
    }

    /** Whether this member reads the audit trail of their cooperation. */
    public boolean reads(MembershipView membership) {
        return membership.administrator()
               || membership.bodies().stream().map(BodyMembershipView::bodyId).anyMatch(bodyId -> directs(membership.cooperationId(), bodyId));
    }

    private boolean directs(String cooperationId, String bodyId) {
        return queries.query(new FindBodyQuery(cooperationId, bodyId), ResponseTypes.optionalInstanceOf(BodyView.class)).join()
                      .map(body -> DIRECTORS.contains(body.kind())).orElse(false);
    }
}
