package fr.entente.common.api;

/** The command names something (a body, a person, an organisation) that the aggregate does not know. */
public abstract class UnknownTargetException extends DomainRuleViolationException {

    protected UnknownTargetException(String code, String field, String message) {
        super(code, field, message);
    }

    @Override
    public final Kind kind() {
        return Kind.NOT_FOUND;
    }
}
