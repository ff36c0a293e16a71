package fr.entente.roadmap.api;

import fr.entente.common.api.RefusedException;

/** A roadmap command refused, for a {@link RoadmapRefusal}; nothing changed. */
public final class RoadmapRefusedException extends RefusedException {

    private RoadmapRefusedException(RoadmapRefusal refusal, String field, Object... arguments) {
        super(refusal, field, arguments);
    }

    public static RoadmapRefusedException refused(RoadmapRefusal refusal, Object... arguments) {
        return new RoadmapRefusedException(refusal, refusal.field(), arguments);
    }

    @Override
    public RoadmapRefusal refusal() {
        return (RoadmapRefusal) super.refusal();
    }
}
