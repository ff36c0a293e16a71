package fr.entente.web.meeting.mail;

import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.query.AgendaItemView;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.config.PublicUrl;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The French texts of the meetings' e-mails: what happened, when and where the meeting is, and its page's address. */
@Component
public class MeetingMailTexts {

    record Text(String subject, String body) {
    }

    @FunctionalInterface
    interface Composer {
        Text compose(MeetingView meeting, String bodyName, String recipientName);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H'h'mm", Locale.FRENCH);

    private final PublicUrl publicUrl;

    MeetingMailTexts(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    Text agendaPublished(MeetingView meeting, String bodyName, String recipientName) {
        boolean again = meeting.publishedVersion() > 1;
        String subject = (again ? "Ordre du jour modifié" : "Ordre du jour publié") + " : " + bodyName + ", " + day(meeting);
        String intro = again
                ? "L’ordre du jour de la réunion « " + meeting.title() + " » a été modifié et publié à nouveau (version "
                  + meeting.publishedVersion() + ")."
                : "L’ordre du jour de la réunion « " + meeting.title() + " » est publié.";
        StringBuilder body = new StringBuilder(greeting(recipientName)).append(intro).append("\n\n").append(when(meeting))
                .append("\nOrdre du jour :\n");
        List<AgendaItemView> items = meeting.items();
        for (int i = 0; i < items.size(); i++) {
            AgendaItemView item = items.get(i);
            body.append(i + 1).append(". ").append(item.title()).append(" (").append(purpose(item.purpose()));
            if (item.expectedMinutes() != null) {
                body.append(", ").append(item.expectedMinutes()).append(" min");
            }
            body.append(")\n");
        }
        return new Text(subject, body.append(closing(meeting)).toString());
    }

    Text meetingMoved(MeetingView meeting, String bodyName, String recipientName) {
        return new Text("Réunion déplacée : " + bodyName + ", " + day(meeting),
                        greeting(recipientName) + "La réunion « " + meeting.title() + " » a changé de date, d’heure ou de lieu.\n\n"
                        + when(meeting) + closing(meeting));
    }

    Text meetingCancelled(MeetingView meeting, String bodyName, String recipientName) {
        return new Text("Réunion annulée : " + bodyName + ", " + day(meeting),
                        greeting(recipientName) + "La réunion « " + meeting.title() + " » du " + day(meeting)
                        + " est annulée.\nMotif : " + meeting.cancelReason() + "\n" + closing(meeting));
    }

    static String purpose(AgendaItemPurpose purpose) {
        return switch (purpose) {
            case INFORMATION -> "pour information";
            case DISCUSSION -> "pour échange";
            case DECISION -> "pour décision";
        };
    }

    private static String greeting(String recipientName) {
        return "Bonjour " + recipientName + ",\n\n";
    }

    private static String day(MeetingView meeting) {
        return DAY.format(meeting.date());
    }

    private static String when(MeetingView meeting) {
        StringBuilder when = new StringBuilder("Date : ").append(day(meeting)).append(", de ")
                .append(HOUR.format(meeting.startTime())).append(" à ").append(HOUR.format(meeting.endTime())).append('\n');
        if (meeting.place() != null && !meeting.place().isBlank()) {
            when.append("Lieu : ").append(meeting.place()).append('\n');
        }
        if (meeting.videoLink() != null && !meeting.videoLink().isBlank()) {
            when.append("Visioconférence : ").append(meeting.videoLink()).append('\n');
        }
        return when.toString();
    }

    private String closing(MeetingView meeting) {
        return "\nLa réunion, son ordre du jour et son invitation d’agenda (.ics) : "
               + publicUrl.meetingPage(meeting.cooperationId(), meeting.meetingId())
               + "\n\n— Entente, l’espace de travail de votre coopération\n";
    }
}
