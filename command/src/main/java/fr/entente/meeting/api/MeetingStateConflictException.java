package fr.entente.meeting.api;

import fr.entente.common.api.StateConflictException;

/** The command is well formed, but the meeting, its agenda or its minutes are not in a state that allows it. */
public class MeetingStateConflictException extends StateConflictException {

    public static final String CANCELLED = "meeting.cancelled";
    public static final String ALREADY_STARTED = "meeting.already-started";
    public static final String NOT_STARTED = "meeting.not-started";
    public static final String ENDED = "meeting.ended";
    public static final String NOT_ENDED = "meeting.not-ended";
    public static final String ALREADY_EXISTS = "meeting.already-exists";
    public static final String ID_TAKEN = "meeting.id-taken";
    public static final String DEADLINE_PASSED = "meeting.request-deadline-passed";
    public static final String AGENDA_PUBLISHED = "meeting.agenda-already-published";
    public static final String AGENDA_EMPTY = "meeting.agenda-empty";
    public static final String REQUEST_DECIDED = "meeting.request-already-decided";
    public static final String NOTES_CLOSED = "meeting.notes-closed";
    public static final String MINUTES_NOT_DRAFTED = "meeting.minutes-not-drafted";
    public static final String MINUTES_DRAFTED = "meeting.minutes-already-drafted";
    public static final String MINUTES_STALE = "meeting.minutes-changed-since";
    public static final String MINUTES_NOT_SUBMITTED = "meeting.minutes-not-submitted";
    public static final String MINUTES_FROZEN = "meeting.minutes-approved";
    public static final String MINUTES_NOT_APPROVED = "meeting.minutes-not-approved";
    public static final String MINUTES_PUBLISHED = "meeting.minutes-already-published";
    public static final String APPROVAL_MEETING_NOT_LIVE = "meeting.approval-meeting-not-live";
    public static final String AMENDMENT_APPROVED = "meeting.amendment-already-approved";

    private MeetingStateConflictException(String code, String field, String message) {
        super(code, field, message);
    }

    private static MeetingStateConflictException of(String code, String message) {
        return new MeetingStateConflictException(code, null, message);
    }

    public static MeetingStateConflictException cancelled() {
        return of(CANCELLED, "Cette réunion a été annulée : rien ne peut plus y être fait. Planifiez-en une autre.");
    }

    public static MeetingStateConflictException alreadyStarted() {
        return of(ALREADY_STARTED, "Cette réunion a déjà commencé : elle ne peut plus être ouverte, déplacée ni "
                                   + "annulée. Rechargez la page pour la suivre.");
    }

    public static MeetingStateConflictException notStarted() {
        return of(NOT_STARTED, "Cette réunion n'a pas commencé. Ouvrez-la d'abord ; la présence, les "
                               + "propositions et les actions se notent pendant la réunion.");
    }

    public static MeetingStateConflictException ended() {
        return of(ENDED, "Cette réunion est terminée : ce qui s'y est dit se corrige désormais dans son compte rendu.");
    }

    public static MeetingStateConflictException notEnded() {
        return of(NOT_ENDED, "Cette réunion n'est pas terminée : son compte rendu se rédige une fois qu'elle est close.");
    }

    public static MeetingStateConflictException alreadyExists() {
        return of(ALREADY_EXISTS, "Cette réunion ou cette série existe déjà. Rechargez la page pour la voir.");
    }

    public static MeetingStateConflictException idTaken(String field, String id) {
        return new MeetingStateConflictException(ID_TAKEN, field,
                "L'identifiant « " + id + " » est déjà pris dans cette réunion. Rechargez la page puis recommencez.");
    }

    public static MeetingStateConflictException deadlinePassed() {
        return of(DEADLINE_PASSED, "La date limite des demandes d'inscription à l'ordre du jour est passée. "
                                   + "Adressez votre point au·à la chargé·e de mission, ou demandez-le pour la "
                                   + "réunion suivante.");
    }

    public static MeetingStateConflictException agendaPublished() {
        return of(AGENDA_PUBLISHED, "L'ordre du jour est déjà publié : les demandes sont closes. Adressez votre point "
                                    + "au·à la chargé·e de mission, ou demandez-le pour la réunion suivante.");
    }

    public static MeetingStateConflictException agendaUnchanged() {
        return of(AGENDA_PUBLISHED, "L'ordre du jour publié n'a pas changé depuis sa publication : il n'y a rien à "
                                    + "republier.");
    }

    public static MeetingStateConflictException agendaEmpty() {
        return of(AGENDA_EMPTY, "L'ordre du jour est vide. Inscrivez au moins un point avant de le publier.");
    }

    public static MeetingStateConflictException requestDecided(String requestId) {
        return new MeetingStateConflictException(REQUEST_DECIDED, "requestIds",
                "La demande « " + requestId + " » a déjà été inscrite ou refusée. Rechargez la page pour voir "
                + "l'ordre du jour.");
    }

    public static MeetingStateConflictException notesClosed() {
        return of(NOTES_CLOSED, "Les notes de cette réunion sont closes : le compte rendu est rédigé. Proposez votre "
                                + "ajout au·à la chargé·e de mission, qui l'intégrera au compte rendu.");
    }

    public static MeetingStateConflictException minutesNotDrafted() {
        return of(MINUTES_NOT_DRAFTED, "Le compte rendu n'est pas encore rédigé. Rédigez-en d'abord le projet.");
    }

    public static MeetingStateConflictException minutesDrafted() {
        return of(MINUTES_DRAFTED, "Le projet de compte rendu existe déjà. Modifiez-le au lieu d'en rédiger un autre.");
    }

    public static MeetingStateConflictException minutesStale(int currentVersion) {
        return new MeetingStateConflictException(MINUTES_STALE, "baseVersion",
                "Quelqu'un a modifié le compte rendu pendant que vous le relisiez (version actuelle : "
                + currentVersion + "). Copiez votre texte, rechargez la page, puis reportez vos modifications.");
    }

    public static MeetingStateConflictException minutesNotSubmitted() {
        return of(MINUTES_NOT_SUBMITTED, "Le compte rendu n'est pas soumis : il ne peut pas être approuvé avant. "
                                         + "Soumettez-le d'abord.");
    }

    public static MeetingStateConflictException minutesFrozen() {
        return of(MINUTES_FROZEN, "Le compte rendu est approuvé : il ne change plus. Proposez un rectificatif.");
    }

    public static MeetingStateConflictException minutesNotApproved() {
        return of(MINUTES_NOT_APPROVED, "Le compte rendu n'est pas approuvé. Faites-le approuver avant de le publier "
                                        + "ou d'y apporter un rectificatif.");
    }

    public static MeetingStateConflictException minutesPublished() {
        return of(MINUTES_PUBLISHED, "Le compte rendu est déjà publié. Rechargez la page pour le voir.");
    }

    public static MeetingStateConflictException approvalMeetingNotLive() {
        return new MeetingStateConflictException(APPROVAL_MEETING_NOT_LIVE, "atMeetingId",
                "L'instance approuve un compte rendu au cours d'une de ses réunions suivantes, ouverte et pas "
                + "encore close. Ouvrez cette réunion, ou faites approuver par l'animateur·rice.");
    }

    public static MeetingStateConflictException amendmentApproved() {
        return new MeetingStateConflictException(AMENDMENT_APPROVED, "amendmentId",
                "Ce rectificatif est déjà approuvé. Rechargez la page pour le voir.");
    }
}
