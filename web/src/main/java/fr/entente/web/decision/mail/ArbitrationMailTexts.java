package fr.entente.web.decision.mail;

import fr.entente.decision.api.OptionCount;
import fr.entente.decision.query.DecisionView;
import fr.entente.web.config.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The texts of the arbitration mails, in each recipient's language, worded in the bundles ({@code mail.decision.*}):
 * the question put to the body, its text as typed, the deadline, one link per option (and how to answer by e-mail);
 * the reminder; the result; the answers to a reply. Plain text: nothing typed is read as markup in a mail.
 */
@Component
public class ArbitrationMailTexts {

    /** A mail's subject and body. */
    public record Text(String subject, String body) {
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MessageSource messages;
    private final PublicUrl publicUrl;
    private final VoteLinks links;

    ArbitrationMailTexts(MessageSource messages, PublicUrl publicUrl, VoteLinks links) {
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.links = links;
    }

    Text invitation(DecisionView decision, String bodyName, Addressee to, boolean byReply) {
        Locale locale = to.locale();
        StringBuilder body = greeting(to)
                .append(text(locale, "mail.decision.intro", bodyName)).append("\n\n")
                .append(decision.question()).append("\n\n");
        if (decision.text() != null) {
            body.append(decision.text()).append("\n\n");
        }
        body.append(text(locale, "mail.decision.deadline", when(decision.deadline(), locale))).append("\n\n")
            .append(text(locale, "mail.decision.links")).append('\n');
        for (String option : decision.options()) {
            body.append("- ").append(option).append(" : ").append(link(decision, to.personId(), option)).append('\n');
        }
        body.append('\n').append(text(locale, "mail.decision.linksAgain")).append('\n');
        if (byReply) {
            body.append('\n').append(text(locale, "mail.decision.byReply", String.join(", ", decision.options()))).append('\n');
        }
        body.append('\n').append(text(locale, "mail.decision.page", page(decision))).append('\n');
        return new Text(text(locale, "mail.decision.subject", bodyName, decision.question()), body.toString());
    }

    Text reminder(DecisionView decision, String bodyName, Addressee to, boolean byReply) {
        Text invitation = invitation(decision, bodyName, to, byReply);
        Locale locale = to.locale();
        return new Text(text(locale, "mail.decision.reminder.subject", bodyName, decision.question()),
                        text(locale, "mail.decision.reminder.intro", when(decision.deadline(), locale)) + "\n\n"
                        + invitation.body());
    }

    Text result(DecisionView decision, String bodyName, Addressee to) {
        Locale locale = to.locale();
        StringBuilder body = greeting(to)
                .append(text(locale, "mail.decision.result.intro", bodyName, decision.question())).append("\n\n")
                .append(text(locale, "mail.decision.result.outcome", text(locale, "decision.outcome." + decision.outcome()),
                             decision.reference() == null ? "" : decision.reference())).append('\n')
                .append(text(locale, "mail.decision.result.voted", decision.votes().size(), decision.electorate().size()))
                .append('\n');
        for (OptionCount count : decision.tally()) {
            body.append("- ").append(count.option()).append(" : ").append(count.votes()).append('\n');
        }
        body.append('\n').append(text(locale, "mail.decision.page", page(decision))).append('\n');
        return new Text(text(locale, "mail.decision.result.subject", decision.reference() == null ? "" : decision.reference(),
                             text(locale, "decision.outcome." + decision.outcome())), body.toString());
    }

    Text recorded(DecisionView decision, String option, Addressee to) {
        Locale locale = to.locale();
        return new Text(text(locale, "mail.decision.recorded.subject", decision.question()),
                        greeting(to).append(text(locale, "mail.decision.recorded.body", option, decision.question(),
                                                 when(decision.deadline(), locale))).append("\n\n")
                                    .append(text(locale, "mail.decision.page", page(decision))).append('\n').toString());
    }

    Text help(DecisionView decision, Addressee to, String why) {
        Locale locale = to.locale();
        return new Text(text(locale, "mail.decision.help.subject", decision.question()),
                        greeting(to).append(text(locale, "mail.decision.help." + why, String.join(", ", decision.options())))
                                    .append("\n\n").append(text(locale, "mail.decision.page", page(decision))).append('\n')
                                    .toString());
    }

    String link(DecisionView decision, String personId, String option) {
        return publicUrl.base() + "/arbitrage/" + URLEncoder.encode(links.token(decision.decisionId(), personId, option),
                                                                     StandardCharsets.UTF_8);
    }

    private String page(DecisionView decision) {
        return publicUrl.base() + "/cooperations/" + decision.cooperationId() + "/decisions/" + decision.decisionId();
    }

    private String when(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).format(instant.atZone(PARIS));
    }

    private StringBuilder greeting(Addressee to) {
        return new StringBuilder(text(to.locale(), "mail.greeting", to.name())).append("\n\n");
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
