package fr.entente.web.meeting;

import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.RecurrenceFrequency;
import fr.entente.web.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The bodies of the meetings' write requests. Unknown fields are refused (400), as are values that do not read
 * (a date, an hour, a choice outside its list: 400 naming the field); the constraints below answer 422 with every
 * field at fault. The aggregate checks what depends on the meeting (its phase, its agenda, who acts) and on the
 * values together (the end after the start, a place or a link…), in the same problem format.
 * <p>
 * Titles and places are labels: {@link PlainText}, no {@code <} or {@code >}. Free texts (descriptions, reasons,
 * notes, minutes, proposals, actions, amendments) may contain them ("moins de 50 agents" is often written
 * "< 50 agents", an arrow "->"): they are stored as typed, and every page escapes what it shows. A video link must
 * be an http(s) address, never a {@code javascript:} one, since the pages make it a link.
 * <p>
 * Identifiers the client may choose (a meeting's, a request's…) are optional: the hub then chooses a UUID.
 */
public final class MeetingRequests {

    /** Meeting and series identifiers: lowercase, digits and hyphens, like a UUID or {@code gt-2026-06}. */
    static final String MEETING_ID = "[a-z0-9][a-z0-9-]*";
    /** Identifiers of what a meeting holds: requests, items, notes, proposals, actions, amendments. */
    static final String PART_ID = "[A-Za-z0-9][A-Za-z0-9_-]*";
    static final String VIDEO_LINK = "https?://[^\\s<>\"']+";
    static final int TITLE = 200;
    public static final int REASON = 1_000;
    static final int DESCRIPTION = 2_000;
    static final int LONG_TEXT = 20_000;

    private static final String TITLE_MARKUP = "Les caractères < et > ne sont pas acceptés dans un titre : écrivez-le "
                                               + "en texte simple, sans balise.";
    private static final String PLACE_MARKUP = "Les caractères < et > ne sont pas acceptés dans un lieu : écrivez-le "
                                               + "en texte simple, par exemple « CDG du Nord, salle 2 ».";
    private static final String PART_ID_RULE = "Un identifiant s'écrit en lettres sans accent, chiffres, tirets et "
                                               + "soulignés, 60 caractères au plus ; laissez-le vide et le hub en "
                                               + "choisit un.";

    private MeetingRequests() {
    }

    /** One meeting of a body, outside any series; {@code meetingId} may be left out. */
    public record NewMeeting(
            @Size(min = 2, max = 60, message = "L'identifiant de la réunion (meetingId) compte de 2 à 60 caractères ; "
                                               + "laissez-le vide et le hub en choisit un.")
            @Pattern(regexp = MEETING_ID, message = "L'identifiant de la réunion (meetingId) s'écrit en minuscules "
                                                    + "sans accent, chiffres et tirets, par exemple « gt-2026-06-09 ».")
            String meetingId,
            @NotBlank(message = "Donnez un titre à la réunion (title), par exemple « Groupe de travail de juin ».")
            @Size(max = TITLE, message = "Le titre (title) ne doit pas dépasser 200 caractères.")
            @PlainText(message = TITLE_MARKUP)
            String title,
            @NotNull(message = "Indiquez la date de la réunion (date), par exemple « 2026-06-09 ».")
            LocalDate date,
            @NotNull(message = "Indiquez l'heure de début (startTime), par exemple « 14:00 ».")
            LocalTime startTime,
            @NotNull(message = "Indiquez l'heure de fin (endTime), par exemple « 16:30 ».")
            LocalTime endTime,
            @Size(max = TITLE, message = "Le lieu (place) ne doit pas dépasser 200 caractères.")
            @PlainText(message = PLACE_MARKUP)
            String place,
            @Size(max = 500, message = "Le lien de visioconférence (videoLink) ne doit pas dépasser 500 caractères.")
            @Pattern(regexp = VIDEO_LINK, message = "Le lien de visioconférence (videoLink) est une adresse web "
                                                    + "commençant par https://, sans espace.")
            String videoLink) {
    }

    /** When a series' meetings recur: MONTHLY uses {@code ordinal} (1 to 4, -1 the last), WEEKLY {@code everyWeeks}. */
    public record RecurrenceRequest(
            @NotNull(message = "Choisissez la fréquence (recurrence.frequency) : MONTHLY ou WEEKLY.")
            RecurrenceFrequency frequency,
            @NotNull(message = "Choisissez le jour de la semaine (recurrence.dayOfWeek), par exemple « TUESDAY ».")
            DayOfWeek dayOfWeek,
            @Min(value = -1, message = "Le rang dans le mois (recurrence.ordinal) va de 1 à 4, ou -1 pour le dernier.")
            @Max(value = 4, message = "Le rang dans le mois (recurrence.ordinal) va de 1 à 4, ou -1 pour le dernier.")
            Integer ordinal,
            @Min(value = 0, message = "L'intervalle (recurrence.everyWeeks) est un nombre de semaines, de 1 à 52.")
            @Max(value = 52, message = "L'intervalle (recurrence.everyWeeks) est un nombre de semaines, de 1 à 52.")
            Integer everyWeeks) {
    }

    /** A body's meetings on a recurrence; each gets the id {@code <seriesId>-<yyyy-MM-dd>}. */
    public record NewMeetingSeries(
            @Size(min = 2, max = 48, message = "L'identifiant de la série (seriesId) compte de 2 à 48 caractères ; "
                                               + "laissez-le vide et le hub en choisit un.")
            @Pattern(regexp = MEETING_ID, message = "L'identifiant de la série (seriesId) s'écrit en minuscules "
                                                    + "sans accent, chiffres et tirets, par exemple « gt-2026 ».")
            String seriesId,
            @NotBlank(message = "Donnez un titre aux réunions de la série (title), par exemple « Groupe de travail ».")
            @Size(max = TITLE, message = "Le titre (title) ne doit pas dépasser 200 caractères.")
            @PlainText(message = TITLE_MARKUP)
            String title,
            @NotNull(message = "Indiquez quand les réunions reviennent (recurrence), par exemple "
                               + "{\"frequency\":\"MONTHLY\",\"ordinal\":2,\"dayOfWeek\":\"TUESDAY\"}.")
            @Valid
            RecurrenceRequest recurrence,
            @NotNull(message = "Indiquez la première date de la série (firstDate), par exemple « 2026-09-01 ».")
            LocalDate firstDate,
            @NotNull(message = "Indiquez la dernière date de la série (lastDate), par exemple « 2027-06-30 ».")
            LocalDate lastDate,
            @NotNull(message = "Indiquez l'heure de début (startTime), par exemple « 14:00 ».")
            LocalTime startTime,
            @NotNull(message = "Indiquez l'heure de fin (endTime), par exemple « 16:30 ».")
            LocalTime endTime,
            @Size(max = TITLE, message = "Le lieu (place) ne doit pas dépasser 200 caractères.")
            @PlainText(message = PLACE_MARKUP)
            String place,
            @Size(max = 500, message = "Le lien de visioconférence (videoLink) ne doit pas dépasser 500 caractères.")
            @Pattern(regexp = VIDEO_LINK, message = "Le lien de visioconférence (videoLink) est une adresse web "
                                                    + "commençant par https://, sans espace.")
            String videoLink) {
    }

    /** A meeting's new date, times and place, all given again. */
    public record MeetingMove(
            @NotNull(message = "Indiquez la nouvelle date de la réunion (date), par exemple « 2026-06-16 ».")
            LocalDate date,
            @NotNull(message = "Indiquez l'heure de début (startTime), par exemple « 14:00 ».")
            LocalTime startTime,
            @NotNull(message = "Indiquez l'heure de fin (endTime), par exemple « 16:30 ».")
            LocalTime endTime,
            @Size(max = TITLE, message = "Le lieu (place) ne doit pas dépasser 200 caractères.")
            @PlainText(message = PLACE_MARKUP)
            String place,
            @Size(max = 500, message = "Le lien de visioconférence (videoLink) ne doit pas dépasser 500 caractères.")
            @Pattern(regexp = VIDEO_LINK, message = "Le lien de visioconférence (videoLink) est une adresse web "
                                                    + "commençant par https://, sans espace.")
            String videoLink) {
    }

    /** Why a meeting is cancelled or a request declined: shown to the members concerned. */
    public record Reason(
            @NotBlank(message = "Indiquez la raison (reason) : elle sera montrée aux membres concernés.")
            @Size(max = REASON, message = "La raison (reason) ne doit pas dépasser 1 000 caractères.")
            String reason) {
    }

    public record Deadline(
            @NotNull(message = "Indiquez la date limite des demandes (deadline), avec son heure et son fuseau, par "
                               + "exemple « 2026-06-02T18:00:00+02:00 ».")
            Instant deadline) {
    }

    /** An item a member asks for, on behalf of their organisation; {@code requestId} may be left out. */
    public record NewAgendaRequest(
            @Size(max = 60, message = PART_ID_RULE)
            @Pattern(regexp = PART_ID, message = PART_ID_RULE)
            String requestId,
            @NotBlank(message = "Donnez un titre au point (title), par exemple « Bilan de l'observatoire ».")
            @Size(max = TITLE, message = "Le titre (title) ne doit pas dépasser 200 caractères.")
            @PlainText(message = TITLE_MARKUP)
            String title,
            @NotNull(message = "Choisissez l'objet du point (purpose) : INFORMATION, DISCUSSION ou DECISION.")
            AgendaItemPurpose purpose,
            @Size(max = DESCRIPTION, message = "La description (description) ne doit pas dépasser 2 000 caractères.")
            String description,
            @Min(value = 1, message = "La durée prévue (expectedMinutes) est un nombre de minutes, de 1 à 480, ou "
                                      + "reste vide.")
            @Max(value = 480, message = "La durée prévue (expectedMinutes) est un nombre de minutes, de 1 à 480, ou "
                                        + "reste vide.")
            Integer expectedMinutes) {
    }

    /** An item of the officer's or convenor's own; {@code itemId} may be left out. */
    public record NewAgendaItem(
            @Size(max = 60, message = PART_ID_RULE)
            @Pattern(regexp = PART_ID, message = PART_ID_RULE)
            String itemId,
            @NotBlank(message = "Donnez un titre au point (title), par exemple « Bilan de l'observatoire ».")
            @Size(max = TITLE, message = "Le titre (title) ne doit pas dépasser 200 caractères.")
            @PlainText(message = TITLE_MARKUP)
            String title,
            @NotNull(message = "Choisissez l'objet du point (purpose) : INFORMATION, DISCUSSION ou DECISION.")
            AgendaItemPurpose purpose,
            @Size(max = DESCRIPTION, message = "La description (description) ne doit pas dépasser 2 000 caractères.")
            String description,
            @Min(value = 1, message = "La durée prévue (expectedMinutes) est un nombre de minutes, de 1 à 480, ou "
                                      + "reste vide.")
            @Max(value = 480, message = "La durée prévue (expectedMinutes) est un nombre de minutes, de 1 à 480, ou "
                                        + "reste vide.")
            Integer expectedMinutes) {
    }

    /** One request put on the agenda, or several merged into one item; {@code title} left out keeps the first's. */
    public record RequestsAcceptance(
            @Size(max = 60, message = PART_ID_RULE)
            @Pattern(regexp = PART_ID, message = PART_ID_RULE)
            String itemId,
            @NotEmpty(message = "Choisissez au moins une demande à inscrire (requestIds).")
            @Size(max = 50, message = "Un point regroupe au plus 50 demandes (requestIds).")
            List<@NotBlank(message = "Une demande (requestIds) est vide : donnez son identifiant.")
                 @Size(max = 60, message = "Un identifiant de demande (requestIds) ne dépasse pas 60 caractères.")
                 String> requestIds,
            @Size(max = TITLE, message = "Le titre (title) ne doit pas dépasser 200 caractères.")
            @PlainText(message = TITLE_MARKUP)
            String title) {
    }

    public record AgendaOrder(
            @NotEmpty(message = "Donnez les points de l'ordre du jour dans leur nouvel ordre (itemIds).")
            @Size(max = 200, message = "Un ordre du jour compte au plus 200 points (itemIds).")
            List<@NotBlank(message = "Un point (itemIds) est vide : donnez son identifiant.")
                 @Size(max = 60, message = "Un identifiant de point (itemIds) ne dépasse pas 60 caractères.")
                 String> itemIds) {
    }

    public record Attendance(
            @NotNull(message = "Choisissez la présence (status) : PRESENT, EXCUSED, ABSENT ou REPRESENTED.")
            AttendanceStatus status,
            @Size(max = 80, message = "Un identifiant de personne (representedBy) ne dépasse pas 80 caractères.")
            String representedBy) {
    }

    public record CurrentItem(
            @NotBlank(message = "Choisissez le point de l'ordre du jour abordé (itemId).")
            @Size(max = 60, message = "Un identifiant de point (itemId) ne dépasse pas 60 caractères.")
            String itemId) {
    }

    /**
     * A block of notes: {@code itemId} for a new block; {@code baseVersion}, the version the author started from,
     * for an existing one. The text may be empty (a conflicting copy emptied once reconciled).
     */
    public record NoteBlock(
            @Size(max = 60, message = "Un identifiant de point (itemId) ne dépasse pas 60 caractères.")
            String itemId,
            @Min(value = 1, message = "La version de départ (baseVersion) est celle du bloc lu, 1 ou plus ; "
                                      + "laissez-la vide pour un nouveau bloc.")
            Integer baseVersion,
            @NotNull(message = "Le texte des notes (text) manque : envoyez-le, même vide.")
            @Size(max = LONG_TEXT, message = "Un bloc de notes (text) ne dépasse pas 20 000 caractères : "
                                             + "coupez-le en plusieurs blocs.")
            String text) {
    }

    /** A proposal made on an item and its outcome; {@code referredToBodyId} if and only if REFERRED. */
    public record NewProposal(
            @Size(max = 60, message = PART_ID_RULE)
            @Pattern(regexp = PART_ID, message = PART_ID_RULE)
            String proposalId,
            @NotBlank(message = "Choisissez le point de l'ordre du jour de la proposition (itemId).")
            @Size(max = 60, message = "Un identifiant de point (itemId) ne dépasse pas 60 caractères.")
            String itemId,
            @Size(max = 80, message = "Un identifiant de personne (proposedByPersonId) ne dépasse pas 80 caractères.")
            String proposedByPersonId,
            @Size(max = 40, message = "Un identifiant d'organisation (proposedByOrganisationId) ne dépasse pas 40 "
                                      + "caractères.")
            String proposedByOrganisationId,
            @NotBlank(message = "Écrivez la proposition (text).")
            @Size(max = DESCRIPTION, message = "Une proposition (text) ne dépasse pas 2 000 caractères.")
            String text,
            @NotNull(message = "Choisissez la suite donnée (outcome) : ADOPTED, REJECTED, DEFERRED ou REFERRED.")
            ProposalOutcome outcome,
            @Size(max = 60, message = "Un identifiant d'instance (referredToBodyId) ne dépasse pas 60 caractères.")
            String referredToBodyId) {
    }

    public record OutcomeChange(
            @NotNull(message = "Choisissez la suite donnée (outcome) : ADOPTED, REJECTED, DEFERRED ou REFERRED.")
            ProposalOutcome outcome,
            @Size(max = 60, message = "Un identifiant d'instance (referredToBodyId) ne dépasse pas 60 caractères.")
            String referredToBodyId) {
    }

    /** An action decided on an item: what, by when, and exactly one owner (an organisation or a person). */
    public record NewActionItem(
            @Size(max = 60, message = PART_ID_RULE)
            @Pattern(regexp = PART_ID, message = PART_ID_RULE)
            String actionId,
            @NotBlank(message = "Choisissez le point de l'ordre du jour de l'action (itemId).")
            @Size(max = 60, message = "Un identifiant de point (itemId) ne dépasse pas 60 caractères.")
            String itemId,
            @NotBlank(message = "Décrivez l'action à mener (what).")
            @Size(max = REASON, message = "La description de l'action (what) ne dépasse pas 1 000 caractères.")
            String what,
            @Size(max = 40, message = "Un identifiant d'organisation (ownerOrganisationId) ne dépasse pas 40 caractères.")
            String ownerOrganisationId,
            @Size(max = 80, message = "Un identifiant de personne (ownerPersonId) ne dépasse pas 80 caractères.")
            String ownerPersonId,
            @NotNull(message = "Indiquez l'échéance de l'action (dueDate), par exemple « 2026-09-30 ».")
            LocalDate dueDate) {
    }

    public record MinutesEdit(
            @NotNull(message = "La version de départ (baseVersion) manque : c'est la version du compte rendu que "
                               + "vous avez lue. Rechargez la page, puis reportez votre texte.")
            @Min(value = 1, message = "La version de départ (baseVersion) est celle du compte rendu lu, 1 ou plus.")
            Integer baseVersion,
            @NotBlank(message = "Le texte du compte rendu (text) est vide : écrivez-le, puis enregistrez.")
            @Size(max = LONG_TEXT, message = "Le compte rendu (text) ne dépasse pas 20 000 caractères : résumez, ou "
                                             + "joignez les longs documents à part.")
            String text) {
    }

    /** Who approves: the convenor alone, or the body during a later meeting that is live ({@code atMeetingId}). */
    public record Approval(
            @NotNull(message = "Indiquez qui approuve (mode) : CONVENOR (l'animateur·rice) ou BODY_AT_MEETING "
                               + "(l'instance, lors d'une réunion en cours).")
            MinutesApprovalMode mode,
            @Size(max = 60, message = "L'identifiant de la réunion (atMeetingId) ne dépasse pas 60 caractères.")
            String atMeetingId) {
    }

    public record NewAmendment(
            @Size(max = 60, message = PART_ID_RULE)
            @Pattern(regexp = PART_ID, message = PART_ID_RULE)
            String amendmentId,
            @NotBlank(message = "Écrivez le rectificatif (text) : ce qui corrige le compte rendu approuvé.")
            @Size(max = LONG_TEXT, message = "Un rectificatif (text) ne dépasse pas 20 000 caractères.")
            String text) {
    }
}
