package fr.entente.common.api;

/**
 * The command is well formed but clashes with the current state: something with that identity
 * exists already, or a rule about what exists forbids it (the last administrator, a partner not
 * named to a body).
 */
public abstract class StateConflictException extends DomainRuleViolationException {

    protected StateConflictException(String code, String field, String message) {
        super(code, field, message);
    }

    @Override
    public final Kind kind() {
        return Kind.CONFLICT;
    }
}
