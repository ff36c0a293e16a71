package fr.entente.web.audit;

import fr.entente.common.api.Refusal;

import java.util.List;

/** What the audit trail refuses: its readers are the directors and the cooperation's administrators. */
public enum AuditRefusal implements Refusal {

    DIRECTORS_ONLY("audit.directors-only", Kind.NOT_ALLOWED),
    CHECKPOINT_UNKNOWN("audit.checkpoint-unknown", Kind.NOT_FOUND, "day"),
    ACT_UNKNOWN("audit.act-unknown", Kind.NOT_FOUND, "position"),
    /** A filter's value the trail cannot read: a date, a kind of act. */
    FILTER_INVALID("audit.filter-invalid", Kind.INVALID, "value", "field");

    private final String code;
    private final Kind kind;
    private final List<String> arguments;

    AuditRefusal(String code, Kind kind, String... arguments) {
        this.code = code;
        this.kind = kind;
        this.arguments = List.of(arguments);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String field() {
        return null;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }
}
