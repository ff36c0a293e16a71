package fr.entente.cooperation.api;

import fr.entente.common.api.DomainRuleViolationException;

/** A field of a cooperation command is missing or blank. */
public class RequiredFieldMissingException extends DomainRuleViolationException {

    private RequiredFieldMissingException(String code, String field, String message) {
        super(code, field, message);
    }

    public static RequiredFieldMissingException cooperationId() {
        return new RequiredFieldMissingException("cooperation.id-required", "cooperationId",
                "L'identifiant de la coopération manque. Rechargez la page puis recommencez.");
    }

    public static RequiredFieldMissingException cooperationName() {
        return new RequiredFieldMissingException("cooperation.name-required", "name",
                "Donnez un nom à la coopération, par exemple « Coopération des CDG des Hauts-de-France ».");
    }

    public static RequiredFieldMissingException region() {
        return new RequiredFieldMissingException("cooperation.region-required", "region",
                "Indiquez la région de la coopération, par exemple « Hauts-de-France ».");
    }

    public static RequiredFieldMissingException departmentCode() {
        return new RequiredFieldMissingException("cooperation.department-code-required", "departmentCode",
                "Indiquez le code du département du centre : deux chiffres de 01 à 95, "
                + "2A ou 2B pour la Corse, ou 971 à 976 pour l'outre-mer.");
    }

    public static RequiredFieldMissingException centreName() {
        return new RequiredFieldMissingException("cooperation.centre-name-required", "name",
                "Donnez le nom du centre, par exemple « CDG du Nord ».");
    }
}
