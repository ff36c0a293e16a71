package fr.entente.cooperation.api;

import fr.entente.common.api.InvalidCommandException;

/** A partner's identifier is not a short slug, or has the form reserved to member centres ("cdg-59"). */
public class InvalidOrganisationIdException extends InvalidCommandException {

    public static final String MALFORMED = "cooperation.organisation-id-invalid";
    public static final String RESERVED = "cooperation.organisation-id-reserved";

    private InvalidOrganisationIdException(String code, String message) {
        super(code, "organisationId", message);
    }

    public static InvalidOrganisationIdException malformed(String organisationId) {
        return new InvalidOrganisationIdException(MALFORMED,
                "« " + organisationId + " » ne convient pas comme identifiant d'organisation. Utilisez de 2 à 40 "
                + "lettres minuscules sans accent, chiffres et tirets (sans tiret au début ni à la fin), "
                + "par exemple « cnfpt » ou « region-pays-de-la-loire ».");
    }

    public static InvalidOrganisationIdException reserved(String organisationId, String departmentCode) {
        return new InvalidOrganisationIdException(RESERVED,
                "« " + organisationId + " » est réservé au centre de gestion du département " + departmentCode
                + ". Choisissez un autre identifiant pour ce partenaire, par exemple son sigle.");
    }
}
