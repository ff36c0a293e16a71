package fr.entente.meeting.api;

import fr.entente.common.api.UnknownTargetException;

/** The command names a request, an agenda item, a proposal, an amendment or a person that the meeting does not have. */
public class UnknownInMeetingException extends UnknownTargetException {

    public static final String REQUEST = "meeting.request-unknown";
    public static final String ITEM = "meeting.item-unknown";
    public static final String PROPOSAL = "meeting.proposal-unknown";
    public static final String AMENDMENT = "meeting.amendment-unknown";
    public static final String NOT_A_MEMBER = "meeting.person-not-in-body";

    private UnknownInMeetingException(String code, String field, String message) {
        super(code, field, message);
    }

    public static UnknownInMeetingException request(String requestId) {
        return new UnknownInMeetingException(REQUEST, "requestIds",
                "Cette réunion n'a pas de demande d'inscription « " + requestId + " ». Rechargez la page pour voir "
                + "les demandes reçues.");
    }

    public static UnknownInMeetingException item(String itemId) {
        return new UnknownInMeetingException(ITEM, "itemId",
                "L'ordre du jour de cette réunion n'a pas de point « " + itemId + " ». Rechargez la page et "
                + "choisissez un point de l'ordre du jour.");
    }

    public static UnknownInMeetingException proposal(String proposalId) {
        return new UnknownInMeetingException(PROPOSAL, "proposalId",
                "Cette réunion n'a pas de proposition « " + proposalId + " ». Rechargez la page pour voir le relevé "
                + "des propositions.");
    }

    public static UnknownInMeetingException amendment(String amendmentId) {
        return new UnknownInMeetingException(AMENDMENT, "amendmentId",
                "Ce compte rendu n'a pas de rectificatif « " + amendmentId + " ». Rechargez la page pour voir les "
                + "rectificatifs proposés.");
    }

    public static UnknownInMeetingException notAMember(String field, String personId) {
        return new UnknownInMeetingException(NOT_A_MEMBER, field,
                "Cette personne (identifiant « " + personId + " ») ne siège pas dans l'instance qui tient la réunion. "
                + "Choisissez un de ses membres.");
    }
}
