package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/** A cooperation has at most one member centre per département. */
public class DepartmentCodeAlreadyUsedException extends StateConflictException {

    public static final String CODE = "cooperation.department-code-taken";

    public DepartmentCodeAlreadyUsedException(String departmentCode, String memberCentreName) {
        super(CODE, "departmentCode",
              "Le département " + departmentCode + " a déjà son centre dans cette coopération (« "
              + memberCentreName + " »). Vérifiez le code département saisi : "
              + "une coopération compte un seul centre par département.");
    }
}
