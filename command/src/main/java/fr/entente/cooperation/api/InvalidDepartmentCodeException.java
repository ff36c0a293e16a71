package fr.entente.cooperation.api;

import fr.entente.common.api.InvalidCommandException;

/** The department code is not one of a French département. */
public class InvalidDepartmentCodeException extends InvalidCommandException {

    public static final String CODE = "cooperation.department-code-invalid";

    public InvalidDepartmentCodeException(String departmentCode) {
        super(CODE, "departmentCode",
              "« " + departmentCode + " » n'est pas un code département. Saisissez deux chiffres "
              + "de 01 à 95 (20 n'existe plus), 2A ou 2B pour la Corse, ou 971 à 976 pour l'outre-mer.");
    }
}
