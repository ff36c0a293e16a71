package fr.entente.cooperation.api;

import fr.entente.common.api.RefusedException;

/** A change of a cooperation's directory refused, for a {@link CooperationRefusal}; nothing changed. */
public final class CooperationRefusedException extends RefusedException {

    private CooperationRefusedException(CooperationRefusal refusal, String field, Object... arguments) {
        super(refusal, field, arguments);
    }

    /** Refused on the refusal's own field, with the values its sentence names. */
    public static CooperationRefusedException refused(CooperationRefusal refusal, Object... arguments) {
        return new CooperationRefusedException(refusal, refusal.field(), arguments);
    }

    @Override
    public CooperationRefusal refusal() {
        return (CooperationRefusal) super.refusal();
    }
}
