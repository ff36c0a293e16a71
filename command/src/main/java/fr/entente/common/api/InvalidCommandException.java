package fr.entente.common.api;

/** The command's own values are missing, malformed or reserved, whatever the state: fix the input. */
public abstract class InvalidCommandException extends DomainRuleViolationException {

    protected InvalidCommandException(String code, String field, String message) {
        super(code, field, message);
    }

    @Override
    public final Kind kind() {
        return Kind.INVALID;
    }
}
