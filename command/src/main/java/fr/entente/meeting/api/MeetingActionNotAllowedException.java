package fr.entente.meeting.api;

import fr.entente.common.api.ForbiddenException;

/** The person sits in the meeting's body but their role there does not let them do this. */
public class MeetingActionNotAllowedException extends ForbiddenException {

    public static final String MANAGER_REQUIRED = "meeting.officer-or-convenor-required";
    public static final String CONVENOR_REQUIRED = "meeting.convenor-required";
    public static final String PERSON_REQUIRED = "meeting.person-required";

    private MeetingActionNotAllowedException(String code, String message) {
        super(code, null, message);
    }

    public static MeetingActionNotAllowedException managerRequired() {
        return new MeetingActionNotAllowedException(MANAGER_REQUIRED,
                "Seul·e le·la chargé·e de mission ou l'animateur·rice de l'instance prépare, tient et rédige ses "
                + "réunions. Adressez-vous à l'un·e d'eux ; pour proposer un point, demandez son inscription à "
                + "l'ordre du jour.");
    }

    public static MeetingActionNotAllowedException convenorRequired() {
        return new MeetingActionNotAllowedException(CONVENOR_REQUIRED,
                "Seul·e l'animateur·rice de l'instance approuve seul·e un compte rendu. Sinon, faites-le approuver "
                + "par l'instance lors d'une réunion suivante, en cours.");
    }

    public static MeetingActionNotAllowedException personRequired() {
        return new MeetingActionNotAllowedException(PERSON_REQUIRED,
                "Une demande d'inscription à l'ordre du jour est faite par un membre de l'instance, au nom de son "
                + "organisation. Connectez-vous avec le compte de ce membre.");
    }
}
