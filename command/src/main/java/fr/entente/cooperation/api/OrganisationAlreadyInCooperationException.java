package fr.entente.cooperation.api;

import fr.entente.common.api.StateConflictException;

/** A partner's identifier, or its name, is already that of another partner of the cooperation. */
public class OrganisationAlreadyInCooperationException extends StateConflictException {

    public static final String ID_TAKEN = "cooperation.organisation-id-taken";
    public static final String NAME_TAKEN = "cooperation.partner-name-taken";

    private OrganisationAlreadyInCooperationException(String code, String field, String message) {
        super(code, field, message);
    }

    public static OrganisationAlreadyInCooperationException id(String organisationId, String partnerName) {
        return new OrganisationAlreadyInCooperationException(ID_TAKEN, "organisationId",
                "L'identifiant « " + organisationId + " » est déjà celui d'un partenaire de cette coopération (« "
                + partnerName + " »). S'il s'agit d'un autre partenaire, choisissez un autre identifiant.");
    }

    public static OrganisationAlreadyInCooperationException name(String partnerName, String organisationId) {
        return new OrganisationAlreadyInCooperationException(NAME_TAKEN, "name",
                "La coopération compte déjà un partenaire nommé « " + partnerName + " » (identifiant « "
                + organisationId + " »). S'il s'agit d'un autre partenaire, précisez son nom.");
    }
}
