package fr.entente.cooperation.api;

import fr.entente.common.api.ForbiddenException;

/**
 * The person acting may not change the cooperation's directory: only its administrators may, and
 * only the hub itself creates a cooperation and appoints its first administrator.
 */
public class ActionNotAllowedException extends ForbiddenException {

    public static final String ADMINISTRATORS_ONLY = "cooperation.administrator-required";
    public static final String SYSTEM_ONLY = "cooperation.system-required";

    private ActionNotAllowedException(String code, String message) {
        super(code, null, message);
    }

    public static ActionNotAllowedException administratorsOnly() {
        return new ActionNotAllowedException(ADMINISTRATORS_ONLY,
                "Seuls les administrateurs de la coopération peuvent modifier son annuaire (centres, partenaires, "
                + "personnes, instances et leurs membres). Demandez à l'un d'eux de le faire, ou de vous nommer "
                + "administrateur.");
    }

    public static ActionNotAllowedException systemOnly() {
        return new ActionNotAllowedException(SYSTEM_ONLY,
                "Une coopération est créée par l'exploitant de la plateforme, qui nomme aussi son premier "
                + "administrateur. Adressez-vous à lui.");
    }
}
