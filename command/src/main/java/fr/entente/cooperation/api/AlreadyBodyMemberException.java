package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/** A person sits once in a body. */
public class AlreadyBodyMemberException extends StateConflictException {

    public static final String CODE = "cooperation.already-body-member";

    public AlreadyBodyMemberException(BodyRole role) {
        super(CODE, "personId",
              "Cette personne siège déjà dans cette instance (rôle : " + inFrench(role) + "). "
              + "Pour lui donner un autre rôle, changez son rôle au lieu de l'ajouter à nouveau.");
    }

    private static String inFrench(BodyRole role) {
        return switch (role) {
            case MEMBER -> "membre";
            case CONVENOR -> "animateur·rice";
            case OFFICER -> "chargé·e de mission";
        };
    }
}
