package fr.entente.meeting.api;

import fr.entente.common.api.InvalidCommandException;

/** A field of a meeting command is missing or blank. */
public class MeetingFieldMissingException extends InvalidCommandException {

    private MeetingFieldMissingException(String field, String message) {
        super("meeting." + field + "-required", field, message);
    }

    /** An identifier the page generates: the person can only reload and try again. */
    public static MeetingFieldMissingException id(String field) {
        return new MeetingFieldMissingException(field,
                "Un identifiant manque à la demande (" + field + "). Rechargez la page puis recommencez.");
    }

    public static MeetingFieldMissingException title() {
        return new MeetingFieldMissingException("title", "Donnez un titre, par exemple « Groupe de travail de juin ».");
    }

    public static MeetingFieldMissingException date() {
        return new MeetingFieldMissingException("date", "Indiquez la date de la réunion.");
    }

    public static MeetingFieldMissingException time(String field) {
        return new MeetingFieldMissingException(field, "Indiquez l'heure de début et l'heure de fin de la réunion.");
    }

    public static MeetingFieldMissingException firstAndLastDates(String field) {
        return new MeetingFieldMissingException(field, "Indiquez la première et la dernière date de la série.");
    }

    public static MeetingFieldMissingException recurrence() {
        return new MeetingFieldMissingException("recurrence",
                "Indiquez quand les réunions reviennent, par exemple le 2e mardi de chaque mois.");
    }

    public static MeetingFieldMissingException reason() {
        return new MeetingFieldMissingException("reason",
                "Indiquez la raison : elle sera montrée aux membres concernés.");
    }

    public static MeetingFieldMissingException deadline() {
        return new MeetingFieldMissingException("deadline", "Indiquez la date limite des demandes d'inscription.");
    }

    public static MeetingFieldMissingException purpose() {
        return new MeetingFieldMissingException("purpose",
                "Choisissez l'objet du point : pour information, pour discussion ou pour décision.");
    }

    public static MeetingFieldMissingException requestIds() {
        return new MeetingFieldMissingException("requestIds", "Choisissez au moins une demande à inscrire.");
    }

    public static MeetingFieldMissingException text() {
        return new MeetingFieldMissingException("text", "Le texte est vide : écrivez-le, puis enregistrez.");
    }

    public static MeetingFieldMissingException status() {
        return new MeetingFieldMissingException("status",
                "Choisissez : présent·e, excusé·e, absent·e ou représenté·e.");
    }

    public static MeetingFieldMissingException outcome() {
        return new MeetingFieldMissingException("outcome",
                "Choisissez la suite donnée : adoptée, rejetée, reportée ou renvoyée à une autre instance.");
    }

    public static MeetingFieldMissingException what() {
        return new MeetingFieldMissingException("what", "Décrivez l'action à mener.");
    }

    public static MeetingFieldMissingException dueDate() {
        return new MeetingFieldMissingException("dueDate", "Indiquez l'échéance de l'action.");
    }

    public static MeetingFieldMissingException baseVersion() {
        return new MeetingFieldMissingException("baseVersion",
                "La version de départ de votre modification manque. Rechargez la page : votre texte est à recopier.");
    }

    public static MeetingFieldMissingException approvalMode() {
        return new MeetingFieldMissingException("mode",
                "Indiquez qui approuve : l'animateur·rice, ou l'instance lors d'une réunion en cours.");
    }
}
