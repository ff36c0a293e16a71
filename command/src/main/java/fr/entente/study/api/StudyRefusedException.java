package fr.entente.study.api;

import fr.entente.common.api.RefusedException;

/** A study command refused, for a {@link StudyRefusal}; nothing changed. */
public final class StudyRefusedException extends RefusedException {

    private StudyRefusedException(StudyRefusal refusal, String field, Object... arguments) {
        super(refusal, field, arguments);
    }

    public static StudyRefusedException refused(StudyRefusal refusal, Object... arguments) {
        return new StudyRefusedException(refusal, refusal.field(), arguments);
    }

    @Override
    public StudyRefusal refusal() {
        return (StudyRefusal) super.refusal();
    }
}
