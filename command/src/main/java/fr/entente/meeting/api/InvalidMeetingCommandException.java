package fr.entente.meeting.api;

import fr.entente.common.api.InvalidCommandException;

/** A meeting command's values do not hold together, whatever the meeting's state: fix the input. */
public class InvalidMeetingCommandException extends InvalidCommandException {

    public static final String END_BEFORE_START = "meeting.end-before-start";
    public static final String LAST_BEFORE_FIRST = "meeting.last-date-before-first";
    public static final String TOO_MANY_OCCURRENCES = "meeting.too-many-occurrences";
    public static final String NO_OCCURRENCE = "meeting.no-occurrence";
    public static final String PLACE_OR_LINK = "meeting.place-or-video-link-required";
    public static final String RECURRENCE = "meeting.recurrence-invalid";
    public static final String EXPECTED_MINUTES = "meeting.expected-minutes-invalid";
    public static final String NOT_A_PERMUTATION = "meeting.agenda-order-incomplete";
    public static final String REPRESENTED_BY = "meeting.represented-by-invalid";
    public static final String REFERRED_TO = "meeting.referred-to-body-invalid";
    public static final String PROPOSER = "meeting.proposer-required";
    public static final String OWNER = "meeting.action-owner-invalid";
    public static final String AT_MEETING = "meeting.approval-meeting-required";

    /** The most meetings a series plans: five years of monthly meetings. */
    public static final int MAX_OCCURRENCES = 60;

    private InvalidMeetingCommandException(String code, String field, String message) {
        super(code, field, message);
    }

    public static InvalidMeetingCommandException endBeforeStart() {
        return new InvalidMeetingCommandException(END_BEFORE_START, "endTime",
                "L'heure de fin doit suivre l'heure de début. Corrigez l'une ou l'autre.");
    }

    public static InvalidMeetingCommandException lastBeforeFirst() {
        return new InvalidMeetingCommandException(LAST_BEFORE_FIRST, "lastDate",
                "La dernière date de la série doit suivre la première. Corrigez l'une ou l'autre.");
    }

    public static InvalidMeetingCommandException tooManyOccurrences(int count) {
        return new InvalidMeetingCommandException(TOO_MANY_OCCURRENCES, "lastDate",
                "Cette série compterait " + count + " réunions ; une série en compte au plus " + MAX_OCCURRENCES
                + ". Rapprochez la dernière date, ou planifiez plusieurs séries.");
    }

    public static InvalidMeetingCommandException noOccurrence() {
        return new InvalidMeetingCommandException(NO_OCCURRENCE, "recurrence",
                "Aucune date de cette période ne correspond à la récurrence choisie. Élargissez la période ou "
                + "changez la récurrence.");
    }

    public static InvalidMeetingCommandException placeOrLinkRequired() {
        return new InvalidMeetingCommandException(PLACE_OR_LINK, "place",
                "Indiquez où se tient la réunion : un lieu, un lien de visioconférence, ou les deux.");
    }

    public static InvalidMeetingCommandException recurrence() {
        return new InvalidMeetingCommandException(RECURRENCE, "recurrence",
                "Choisissez un jour de la semaine, et soit son rang dans le mois (1er à 4e, ou dernier), soit "
                + "un intervalle d'au moins une semaine.");
    }

    public static InvalidMeetingCommandException expectedMinutes() {
        return new InvalidMeetingCommandException(EXPECTED_MINUTES, "expectedMinutes",
                "La durée prévue d'un point est un nombre de minutes, de 1 à 480, ou reste vide.");
    }

    public static InvalidMeetingCommandException notAPermutation() {
        return new InvalidMeetingCommandException(NOT_A_PERMUTATION, "itemIds",
                "Le nouvel ordre doit reprendre chaque point de l'ordre du jour une fois et une seule. Rechargez "
                + "la page : quelqu'un a peut-être ajouté ou retiré un point.");
    }

    public static InvalidMeetingCommandException representedBy() {
        return new InvalidMeetingCommandException(REPRESENTED_BY, "representedBy",
                "Indiquez qui représente le membre si, et seulement si, il·elle est représenté·e, et par une autre "
                + "personne que lui·elle-même.");
    }

    public static InvalidMeetingCommandException referredTo() {
        return new InvalidMeetingCommandException(REFERRED_TO, "referredToBodyId",
                "Indiquez l'instance à laquelle la proposition est renvoyée si, et seulement si, elle est renvoyée.");
    }

    public static InvalidMeetingCommandException proposer() {
        return new InvalidMeetingCommandException(PROPOSER, "proposedByPersonId",
                "Indiquez qui a fait la proposition : une personne, une organisation, ou les deux.");
    }

    public static InvalidMeetingCommandException owner() {
        return new InvalidMeetingCommandException(OWNER, "ownerOrganisationId",
                "Une action a un seul pilote : une organisation ou une personne, pas les deux, pas aucun.");
    }

    public static InvalidMeetingCommandException atMeeting() {
        return new InvalidMeetingCommandException(AT_MEETING, "atMeetingId",
                "Indiquez la réunion en cours au cours de laquelle l'instance approuve.");
    }
}
