package fr.entente.web.audit;

import fr.entente.common.api.RefusedException;

/** A request to the audit trail refused; nothing changed. */
public class AuditRefusedException extends RefusedException {

    public AuditRefusedException(AuditRefusal refusal, Object... arguments) {
        super(refusal, refusal.field(), arguments);
    }
}
