package fr.entente.cooperation;

import java.util.Locale;
import java.util.regex.Pattern;

import static fr.entente.cooperation.api.CooperationRefusal.DEPARTMENT_CODE_INVALID;
import static fr.entente.cooperation.api.CooperationRefusal.DEPARTMENT_CODE_REQUIRED;
import static fr.entente.cooperation.api.CooperationRefusedException.refused;

/** The codes of the French départements: 01 to 95 except 20, 2A and 2B (Corse), 971 to 976 (outre-mer). */
final class DepartmentCodes {

    private static final Pattern DEPARTMENT_CODE =
            Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");

    private DepartmentCodes() {
    }

    /** The code as the log records it ("2a " becomes "2A"), or a domain exception saying what to type. */
    static String canonical(String departmentCode) {
        if (departmentCode == null || departmentCode.isBlank()) {
            throw refused(DEPARTMENT_CODE_REQUIRED);
        }
        String code = departmentCode.strip().toUpperCase(Locale.ROOT);
        if (!DEPARTMENT_CODE.matcher(code).matches()) {
            throw refused(DEPARTMENT_CODE_INVALID, departmentCode.strip());
        }
        return code;
    }

    /** Whether a canonical code (upper case, no spaces) is that of a département. */
    static boolean isDepartmentCode(String canonicalCode) {
        return DEPARTMENT_CODE.matcher(canonicalCode).matches();
    }
}
