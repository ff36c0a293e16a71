package fr.entente.web.audit;

import fr.entente.common.api.ListedRefusal;

/** What the audit trail refuses: its readers are the directors and the cooperation's administrators. */
public enum AuditRefusal implements ListedRefusal {

    DIRECTORS_ONLY("audit.directors-only", Kind.NOT_ALLOWED),
    CHECKPOINT_UNKNOWN("audit.checkpoint-unknown", Kind.NOT_FOUND, "day"),
    ACT_UNKNOWN("audit.act-unknown", Kind.NOT_FOUND, "position"),
    /** A filter's value the trail cannot read: a date, a kind of act. */
    FILTER_INVALID("audit.filter-invalid", Kind.INVALID, "value", "field");

    private final Terms terms;

    AuditRefusal(String code, Kind kind, String... arguments) {
        this.terms = new Terms(code, kind, null, arguments);
    }

    @Override
    public Terms terms() {
        return terms;
    }
}
