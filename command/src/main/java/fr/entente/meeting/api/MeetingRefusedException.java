package fr.entente.meeting.api;

import fr.entente.common.api.RefusedException;

/** A meeting command refused, for a {@link MeetingRefusal}; nothing changed. */
public final class MeetingRefusedException extends RefusedException {

    private MeetingRefusedException(MeetingRefusal refusal, String field, Object... arguments) {
        super(refusal, field, arguments);
    }

    /** Refused on the refusal's own field, with the values its sentence names. */
    public static MeetingRefusedException refused(MeetingRefusal refusal, Object... arguments) {
        return new MeetingRefusedException(refusal, refusal.field(), arguments);
    }

    /** Refused on a field the throw site names, for a refusal several fields can meet. */
    public static MeetingRefusedException refusedOn(String field, MeetingRefusal refusal, Object... arguments) {
        return new MeetingRefusedException(refusal, field, arguments);
    }

    @Override
    public MeetingRefusal refusal() {
        return (MeetingRefusal) super.refusal();
    }
}
