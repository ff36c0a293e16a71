package fr.entente.common.api;

/**
 * The person acting is known to the aggregate's world but lacks the role the command needs (an
 * administrator's, for example). Things of another cooperation are never answered with this: the web
 * layer says "not found" for them before any command is sent.
 */
public abstract class ForbiddenException extends DomainRuleViolationException {

    protected ForbiddenException(String code, String field, String message) {
        super(code, field, message);
    }

    @Override
    public final Kind kind() {
        return Kind.FORBIDDEN;
    }
}
