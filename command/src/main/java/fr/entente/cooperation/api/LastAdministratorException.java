package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/** Once a cooperation has an administrator, it keeps at least one. */
public class LastAdministratorException extends StateConflictException {

    public static final String CODE = "cooperation.last-administrator";

    public LastAdministratorException() {
        super(CODE, "personId",
              "Cette personne est la dernière à administrer la coopération. Nommez d'abord un autre "
              + "administrateur, puis recommencez.");
    }
}
