package fr.entente.meeting.api;

import fr.entente.common.api.UnknownTargetException;

/**
 * The meeting (or series) is not one the person acting can see: they do not sit in its body, or it belongs to
 * another cooperation. Said exactly as if it did not exist, so that nobody learns of other bodies' meetings.
 */
public class MeetingNotFoundException extends UnknownTargetException {

    public static final String CODE = "meeting.not-found";

    public MeetingNotFoundException() {
        super(CODE, null,
              "Cette réunion n'existe pas, ou vous ne siégez pas dans l'instance qui la tient. Rechargez la liste "
              + "des réunions de vos instances.");
    }
}
