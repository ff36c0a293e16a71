package fr.entente.web.problem;

/**
 * What was asked for does not exist, or the person may not see it: both get the same 404, so that a person of
 * another cooperation learns nothing of what exists there.
 */
public class NotVisibleException extends RuntimeException {

    private final String code;

    private NotVisibleException(String code, String message) {
        super(message);
        this.code = code;
    }

    public static NotVisibleException cooperation() {
        return new NotVisibleException("cooperation.not-found",
                "Cette coopération n'existe pas, ou vous n'en faites pas partie. Vérifiez l'adresse, ou choisissez "
                + "une de vos coopérations (GET /api/me).");
    }

    public static NotVisibleException body() {
        return new NotVisibleException("body.not-found",
                "Cette instance n'existe pas, ou vous n'y avez pas accès. Choisissez une instance de la liste de "
                + "votre coopération.");
    }

    public static NotVisibleException meeting() {
        return new NotVisibleException("meeting.not-found",
                "Cette réunion n'existe pas, ou vous n'y avez pas accès : seuls les membres d'une instance voient ses "
                + "réunions. Choisissez une réunion d'une de vos instances.");
    }

    public static NotVisibleException invitation() {
        return new NotVisibleException("invitation.not-found",
                "Ce lien d'invitation n'est plus valable : il a déjà servi, ou il a expiré. Demandez à un "
                + "administrateur de votre coopération de vous inviter à nouveau.");
    }

    public String code() {
        return code;
    }
}
