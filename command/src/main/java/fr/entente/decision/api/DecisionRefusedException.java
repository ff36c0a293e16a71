package fr.entente.decision.api;

import fr.entente.common.api.RefusedException;

/** A decision command refused, for a {@link DecisionRefusal}; nothing changed. */
public final class DecisionRefusedException extends RefusedException {

    private DecisionRefusedException(DecisionRefusal refusal, String field, Object... arguments) {
        super(refusal, field, arguments);
    }

    public static DecisionRefusedException refused(DecisionRefusal refusal, Object... arguments) {
        return new DecisionRefusedException(refusal, refusal.field(), arguments);
    }

    @Override
    public DecisionRefusal refusal() {
        return (DecisionRefusal) super.refusal();
    }
}
