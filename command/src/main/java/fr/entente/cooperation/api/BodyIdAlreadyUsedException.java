package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/** A body's identifier is unique within its cooperation. */
public class BodyIdAlreadyUsedException extends StateConflictException {

    public static final String CODE = "cooperation.body-id-taken";

    public BodyIdAlreadyUsedException(String bodyId) {
        super(CODE, "bodyId",
              "La coopération a déjà une instance d'identifiant « " + bodyId + " ». Choisissez un autre "
              + "identifiant, ou modifiez l'instance existante.");
    }
}
