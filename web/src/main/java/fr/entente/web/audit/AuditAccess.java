package fr.entente.web.audit;

import fr.entente.cooperation.query.MembershipView;
import fr.entente.web.security.AuditReaders;
import fr.entente.web.security.CooperationAccess;
import org.springframework.stereotype.Component;

/**
 * The audit trail's door: its readers ({@link AuditReaders}: directors and administrators) go in; another member of
 * the cooperation is refused (403); someone outside it gets the 404 of a cooperation that does not exist.
 */
@Component
public class AuditAccess {

    private final CooperationAccess cooperations;
    private final AuditReaders readers;

    public AuditAccess(CooperationAccess cooperations, AuditReaders readers) {
        this.cooperations = cooperations;
        this.readers = readers;
    }

    /** The signed-in person's membership, if they read this cooperation's audit trail; else 404 or 403. */
    public MembershipView requireReader(String cooperationId) {
        MembershipView membership = cooperations.membershipIn(cooperationId);
        if (!readers.reads(membership)) {
            throw new AuditRefusedException(AuditRefusal.DIRECTORS_ONLY);
        }
        return membership;
    }
}
