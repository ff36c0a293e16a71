package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/** Only partners are named to bodies: a member centre's people may sit in any body. */
public class NotAPartnerException extends StateConflictException {

    public static final String CODE = "cooperation.not-a-partner";

    public NotAPartnerException(String organisationId) {
        super(CODE, "organisationId",
              "« " + organisationId + " » est un centre membre : ses personnes peuvent siéger dans toute instance "
              + "sans que le centre y soit nommé. Ne nommez dans une instance que des partenaires.");
    }
}
