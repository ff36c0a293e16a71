package fr.entente.cooperation.api;

import fr.entente.common.api.InvalidCommandException;

/** A field of a cooperation command is missing or blank. */
public class RequiredFieldMissingException extends InvalidCommandException {

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

    public static RequiredFieldMissingException organisationId() {
        return new RequiredFieldMissingException("cooperation.organisation-id-required", "organisationId",
                "Indiquez l'organisation par son identifiant, par exemple « cdg-59 » pour un centre "
                + "ou « cnfpt » pour un partenaire.");
    }

    public static RequiredFieldMissingException partnerName() {
        return new RequiredFieldMissingException("cooperation.partner-name-required", "name",
                "Donnez le nom du partenaire, par exemple « CNFPT Pays de la Loire ».");
    }

    public static RequiredFieldMissingException personId() {
        return new RequiredFieldMissingException("cooperation.person-id-required", "personId",
                "L'identifiant de la personne manque. Rechargez la page puis recommencez.");
    }

    public static RequiredFieldMissingException bodyId() {
        return new RequiredFieldMissingException("cooperation.body-id-required", "bodyId",
                "L'identifiant de l'instance manque. Rechargez la page puis recommencez.");
    }

    public static RequiredFieldMissingException bodyKind() {
        return new RequiredFieldMissingException("cooperation.body-kind-required", "kind",
                "Choisissez le type d'instance : comité de pilotage, comité technique, groupe de travail "
                + "ou autre instance.");
    }

    public static RequiredFieldMissingException bodyName() {
        return new RequiredFieldMissingException("cooperation.body-name-required", "name",
                "Donnez un nom à cette instance, par exemple « Comité de pilotage du partenariat formation » : "
                + "une instance d'un autre type que les comités et le groupe de travail se reconnaît à son nom.");
    }

    public static RequiredFieldMissingException role() {
        return new RequiredFieldMissingException("cooperation.body-role-required", "role",
                "Choisissez le rôle de la personne dans l'instance : membre, animateur·rice ou chargé·e de mission.");
    }
}
