package fr.entente.cooperation.api;

import fr.entente.common.api.UnknownTargetException;

/** The command names a centre, organisation, person, body or body member that this cooperation does not have. */
public class UnknownInCooperationException extends UnknownTargetException {

    public static final String CENTRE = "cooperation.centre-unknown";
    public static final String ORGANISATION = "cooperation.organisation-unknown";
    public static final String PERSON = "cooperation.person-unknown";
    public static final String BODY = "cooperation.body-unknown";
    public static final String BODY_MEMBER = "cooperation.body-member-unknown";

    private UnknownInCooperationException(String code, String field, String message) {
        super(code, field, message);
    }

    public static UnknownInCooperationException memberCentre(String departmentCode) {
        return new UnknownInCooperationException(CENTRE, "departmentCode",
                "La coopération n'a pas de centre membre pour le département " + departmentCode
                + ". Ajoutez d'abord ce centre, ou vérifiez le code département.");
    }

    public static UnknownInCooperationException organisation(String organisationId) {
        return new UnknownInCooperationException(ORGANISATION, "organisationId",
                "« " + organisationId + " » n'est ni un centre membre ni un partenaire de cette coopération. "
                + "Vérifiez l'identifiant, ou ajoutez d'abord l'organisation.");
    }

    public static UnknownInCooperationException person(String personId) {
        return new UnknownInCooperationException(PERSON, "personId",
                "Cette personne n'est pas inscrite dans cette coopération (identifiant « " + personId
                + " »). Inscrivez-la d'abord, ou rechargez la page si elle vient d'être retirée.");
    }

    public static UnknownInCooperationException body(String bodyId) {
        return new UnknownInCooperationException(BODY, "bodyId",
                "La coopération n'a pas d'instance d'identifiant « " + bodyId + " ». Rechargez la page "
                + "et choisissez une instance de la liste.");
    }

    public static UnknownInCooperationException bodyMember(String personId) {
        return new UnknownInCooperationException(BODY_MEMBER, "personId",
                "Cette personne (identifiant « " + personId + " ») ne siège pas dans cette instance. "
                + "Rechargez la page pour voir ses membres actuels.");
    }
}
