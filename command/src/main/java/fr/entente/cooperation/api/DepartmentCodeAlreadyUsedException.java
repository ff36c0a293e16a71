package fr.entente.cooperation.api;

import fr.entente.common.api.DomainRuleViolationException;

/** A cooperation has at most one member centre per département. */
public class DepartmentCodeAlreadyUsedException extends DomainRuleViolationException {

    public static final String CODE = "cooperation.department-code-taken";

    public DepartmentCodeAlreadyUsedException(String departmentCode, String memberCentreName) {
        super(CODE, "departmentCode",
              "Le département " + departmentCode + " a déjà son centre dans cette coopération (« "
              + memberCentreName + " »). Vérifiez le code département saisi : "
              + "une coopération compte un seul centre par département.");
    }
}
