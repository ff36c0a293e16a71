package fr.entente.web.meeting.mail;

import fr.entente.meeting.query.AgendaItemView;
import fr.entente.meeting.api.MeetingSeriesPlannedEvent;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.config.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The texts of the meetings' e-mails, in each recipient's language (French unless they chose English), worded in the
 * message bundles ({@code mail.*}): what happened, when and where the meeting is, and the page to open. Plain text:
 * nothing a person typed is ever read as markup in a mail.
 */
@Component
public class MeetingMailTexts {

    /** A mail's subject and body. */
    record Text(String subject, String body) {
    }

    /** Who a mail is for: their name for the greeting, their language, their person id (for their own links). */
    record Recipient(String personId, String name, Locale locale) {
    }

    @FunctionalInterface
    interface Composer {
        Text compose(MeetingView meeting, String bodyName, Recipient recipient);
    }

    private final MessageSource messages;
    private final PublicUrl publicUrl;

    MeetingMailTexts(MessageSource messages, PublicUrl publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    Text agendaPublished(MeetingView meeting, String bodyName, Recipient to) {
        boolean again = meeting.publishedVersion() > 1;
        Locale locale = to.locale();
        StringBuilder body = greeting(to)
                .append(again ? text(locale, "mail.agendaRepublished.intro", meeting.title(), meeting.publishedVersion())
                              : text(locale, "mail.agendaPublished.intro", meeting.title()))
                .append("\n\n").append(when(meeting, locale))
                .append('\n').append(text(locale, "mail.agenda.title")).append('\n');
        List<AgendaItemView> items = meeting.items();
        for (int i = 0; i < items.size(); i++) {
            AgendaItemView item = items.get(i);
            String purpose = text(locale, "purpose." + item.purpose());
            body.append(item.expectedMinutes() == null
                    ? text(locale, "mail.agenda.item", i + 1, item.title(), purpose)
                    : text(locale, "mail.agenda.itemMinutes", i + 1, item.title(), purpose, item.expectedMinutes()))
                .append('\n');
        }
        return new Text(text(locale, again ? "mail.agendaRepublished.subject" : "mail.agendaPublished.subject",
                             bodyName, day(meeting.date(), locale)),
                        body.append(closing(meeting, locale)).toString());
    }

    Text meetingMoved(MeetingView meeting, String bodyName, Recipient to) {
        Locale locale = to.locale();
        return new Text(text(locale, "mail.moved.subject", bodyName, day(meeting.date(), locale)),
                        greeting(to).append(text(locale, "mail.moved.intro", meeting.title())).append("\n\n")
                                    .append(when(meeting, locale)).append(closing(meeting, locale)).toString());
    }

    Text meetingCancelled(MeetingView meeting, String bodyName, Recipient to) {
        Locale locale = to.locale();
        return new Text(text(locale, "mail.cancelled.subject", bodyName, day(meeting.date(), locale)),
                        greeting(to).append(text(locale, "mail.cancelled.intro", meeting.title(), day(meeting.date(), locale)))
                                    .append('\n').append(text(locale, "mail.cancelled.reason", meeting.cancelReason()))
                                    .append('\n').append(closing(meeting, locale)).toString());
    }

    Text minutesSubmitted(MeetingView meeting, String bodyName, Recipient to) {
        Locale locale = to.locale();
        return new Text(text(locale, "mail.minutesSubmitted.subject", bodyName, day(meeting.date(), locale)),
                        greeting(to).append(text(locale, "mail.minutesSubmitted.intro", meeting.title(),
                                                 day(meeting.date(), locale), meeting.minutes().version()))
                                    .append("\n\n").append(text(locale, "mail.minutesSubmitted.link", minutesPage(meeting)))
                                    .append(signature(locale)).toString());
    }

    Text minutesPublished(MeetingView meeting, String bodyName, Recipient to) {
        Locale locale = to.locale();
        return new Text(text(locale, "mail.minutesPublished.subject", bodyName, day(meeting.date(), locale)),
                        greeting(to).append(text(locale, "mail.minutesPublished.intro", meeting.title(),
                                                 day(meeting.date(), locale)))
                                    .append("\n\n").append(text(locale, "mail.minutesPublished.link", minutesPage(meeting),
                                                                minutesPage(meeting) + ".pdf"))
                                    .append(signature(locale)).toString());
    }

    /** To the member whose request was declined, with the reason they are owed. */
    Text requestDeclined(MeetingView meeting, String requestTitle, String reason, Recipient to) {
        Locale locale = to.locale();
        return new Text(text(locale, "mail.requestDeclined.subject", requestTitle),
                        greeting(to).append(text(locale, "mail.requestDeclined.intro", requestTitle, meeting.title(),
                                                 day(meeting.date(), locale)))
                                    .append('\n').append(text(locale, "mail.requestDeclined.reason", reason))
                                    .append('\n').append(closing(meeting, locale)).toString());
    }

    /** The year's calendar of a body, with the recipient's own calendar feed. */
    Text seriesPlanned(MeetingSeriesPlannedEvent series, String bodyName, String feedUrl, Recipient to) {
        Locale locale = to.locale();
        StringBuilder body = greeting(to).append(text(locale, "mail.seriesPlanned.intro", series.title(),
                                                      series.occurrences().size()))
                                         .append("\n\n");
        series.occurrences().forEach(meeting -> body.append(text(locale, "mail.seriesPlanned.date",
                                                                 day(meeting.date(), locale),
                                                                 hour(series.startTime(), locale),
                                                                 hour(series.endTime(), locale)))
                                                    .append('\n'));
        body.append('\n').append(text(locale, "mail.seriesPlanned.feed", feedUrl));
        return new Text(text(locale, "mail.seriesPlanned.subject", bodyName), body.append(signature(locale)).toString());
    }

    Text meetingStarted(MeetingView meeting, String bodyName, Recipient to) {
        Locale locale = to.locale();
        return new Text(text(locale, "mail.started.subject", bodyName),
                        greeting(to).append(text(locale, "mail.started.intro", meeting.title())).append("\n\n")
                                    .append(text(locale, "mail.started.link",
                                                 publicUrl.meetingPage(meeting.cooperationId(), meeting.meetingId()) + "/en-direct"))
                                    .append(signature(locale)).toString());
    }

    private StringBuilder greeting(Recipient to) {
        return new StringBuilder(text(to.locale(), "mail.greeting", to.name())).append("\n\n");
    }

    private String when(MeetingView meeting, Locale locale) {
        StringBuilder when = new StringBuilder(text(locale, "mail.when.date", day(meeting.date(), locale),
                                                    hour(meeting.startTime(), locale), hour(meeting.endTime(), locale)))
                .append('\n');
        if (meeting.place() != null && !meeting.place().isBlank()) {
            when.append(text(locale, "mail.when.place", meeting.place())).append('\n');
        }
        if (meeting.videoLink() != null && !meeting.videoLink().isBlank()) {
            when.append(text(locale, "mail.when.video", meeting.videoLink())).append('\n');
        }
        return when.toString();
    }

    private String closing(MeetingView meeting, Locale locale) {
        return "\n" + text(locale, "mail.closing.meeting", publicUrl.meetingPage(meeting.cooperationId(), meeting.meetingId()))
               + signature(locale);
    }

    private String signature(Locale locale) {
        return "\n\n" + text(locale, "mail.signature") + "\n";
    }

    private String minutesPage(MeetingView meeting) {
        return publicUrl.meetingPage(meeting.cooperationId(), meeting.meetingId()) + "/compte-rendu";
    }

    private String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(text(locale, "mail.format.day"), locale).format(date);
    }

    private String hour(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofPattern(text(locale, "mail.format.hour"), locale).format(time);
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
