package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/** Administrators come from member centres: a partner's people see only the bodies the partner is named to. */
public class PartnerCannotAdministerException extends StateConflictException {

    public static final String CODE = "cooperation.administrator-not-from-centre";

    public PartnerCannotAdministerException(String organisationId) {
        super(CODE, "personId",
              "Cette personne appartient à un partenaire (« " + organisationId + " ») : seule une personne d'un "
              + "centre membre peut administrer la coopération, car un partenaire n'accède qu'aux instances "
              + "où il est nommé. Choisissez une personne d'un centre de gestion.");
    }
}
