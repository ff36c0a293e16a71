package fr.entente.forum.api;

import fr.entente.common.api.RefusedException;

/** A forum command refused, for a {@link ForumRefusal}; nothing changed. */
public final class ForumRefusedException extends RefusedException {

    private ForumRefusedException(ForumRefusal refusal, String field, Object... arguments) {
        super(refusal, field, arguments);
    }

    /** Refused on the refusal's own field, with the values its sentence names. */
    public static ForumRefusedException refused(ForumRefusal refusal, Object... arguments) {
        return new ForumRefusedException(refusal, refusal.field(), arguments);
    }

    /** Refused on a field the throw site names, for a refusal several fields can meet. */
    public static ForumRefusedException refusedOn(String field, ForumRefusal refusal, Object... arguments) {
        return new ForumRefusedException(refusal, field, arguments);
    }

    @Override
    public ForumRefusal refusal() {
        return (ForumRefusal) super.refusal();
    }
}
