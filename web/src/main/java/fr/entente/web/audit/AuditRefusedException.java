package fr.entente.web.audit;

import fr.entente.common.api.RefusedException;

/** A request to the audit trail refused; nothing changed. */
public class AuditRefusedException extends RefusedException {

    public AuditRefusedException(AuditRefusal refusal, Object... arguments) {
        super(refusal, refusal.field(), arguments);
    }

    private AuditRefusedException(String field, AuditRefusal refusal, Object... arguments) {
        super(refusal, field, arguments);
    }

    /** A refusal that names the request's field at fault. */
    public static AuditRefusedException onField(String field, AuditRefusal refusal, Object... arguments) {
        return new AuditRefusedException(field, refusal, arguments);
    }
}
