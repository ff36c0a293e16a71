package fr.entente.web.problem;

/**
 * What was asked for does not exist, or the person may not see it: both get the same 404, so that a person of
 * another cooperation learns nothing of what exists there. {@link #getMessage()} is the code, for logs; the
 * sentence comes from the bundles, in the reader's language.
 */
public class NotVisibleException extends RuntimeException {

    private final WebRefusal refusal;

    private NotVisibleException(WebRefusal refusal) {
        super(refusal.code());
        this.refusal = refusal;
    }

    public static NotVisibleException cooperation() {
        return new NotVisibleException(WebRefusal.COOPERATION_NOT_VISIBLE);
    }

    public static NotVisibleException body() {
        return new NotVisibleException(WebRefusal.BODY_NOT_VISIBLE);
    }

    public static NotVisibleException meeting() {
        return new NotVisibleException(WebRefusal.MEETING_NOT_VISIBLE);
    }

    public static NotVisibleException decision() {
        return new NotVisibleException(WebRefusal.DECISION_NOT_VISIBLE);
    }

    public static NotVisibleException invitation() {
        return new NotVisibleException(WebRefusal.INVITATION_NOT_VISIBLE);
    }

    public WebRefusal refusal() {
        return refusal;
    }

    public String code() {
        return refusal.code();
    }
}
