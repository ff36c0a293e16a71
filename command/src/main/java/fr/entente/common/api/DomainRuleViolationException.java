package fr.entente.common.api;

/**
 * A command broke a rule of the domain; nothing was changed.
 * <p>
 * {@link #code()} is stable (clients and translations key on it), {@link #field()} names the
 * command field at fault (or is {@code null} when the rule concerns the command as a whole), and
 * the message, in French, tells a person what to do. {@code web} turns it into RFC 7807 problem
 * details, with the status that {@link #kind()} says; every concrete exception extends one of
 * {@link InvalidCommandException}, {@link StateConflictException}, {@link UnknownTargetException} or
 * {@link ForbiddenException}.
 */
public abstract class DomainRuleViolationException extends RuntimeException {

    /** What went wrong, so that {@code web} can choose a status without listing exception classes. */
    public enum Kind {
        /** The command's own values are missing, malformed or reserved (HTTP 422). */
        INVALID,
        /** The command clashes with the current state: a duplicate, the last administrator… (HTTP 409). */
        CONFLICT,
        /** The command names something the aggregate does not know (HTTP 404). */
        NOT_FOUND,
        /** The person acting may not do this here: they lack the role it needs (HTTP 403). */
        FORBIDDEN
    }

    private final String code;
    private final String field;

    protected DomainRuleViolationException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** A stable, dotted identifier such as {@code cooperation.department-code-taken}. */
    public String code() {
        return code;
    }

    /** The name of the command field the rule concerns, such as {@code departmentCode}, or {@code null}. */
    public String field() {
        return field;
    }

    /** Which of the four families this violation belongs to. */
    public abstract Kind kind();
}
