package fr.entente.web.forum.mail;

import fr.entente.forum.query.NotificationView;
import fr.entente.infra.mail.OutgoingMail;
import fr.entente.web.config.PublicUrl;
import fr.entente.web.pages.MarkdownText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Locale;

/**
 * The forum's mails in the reader's language (the sentences in {@code messages*.properties}, {@code forum.mail.*}):
 * one for a notification sent at once, one for the daily digest. Each has a plain text and an HTML version; the posts'
 * Markdown is rendered and cleaned by the sanitizer ({@link MarkdownText}), names and titles are escaped, and every
 * mail ends with the person's signed unsubscribe link.
 */
@Component
class ForumMailTexts {

    /** A notification with what its mail shows: the actor's name and the post's text (Markdown). */
    record Item(NotificationView notification, String actorName, String text) {
    }

    private final MessageSource messages;
    private final MarkdownText markdown;
    private final PublicUrl publicUrl;
    private final UnsubscribeLinks unsubscribe;

    ForumMailTexts(MessageSource messages, MarkdownText markdown, PublicUrl publicUrl, UnsubscribeLinks unsubscribe) {
        this.messages = messages;
        this.markdown = markdown;
        this.publicUrl = publicUrl;
        this.unsubscribe = unsubscribe;
    }

    OutgoingMail single(String to, String personId, Item item, Locale locale) {
        String subject = message("forum.mail.subject." + item.notification().kind(), locale, item.actorName(),
                                 item.notification().threadTitle());
        String link = link(item.notification());
        String unsubscribeLink = unsubscribe.linkFor(personId);
        String text = subject + "\n\n" + (item.text() == null ? "" : item.text()) + "\n\n" + message("forum.mail.open", locale)
                      + " " + link + "\n\n" + message("forum.mail.unsubscribe", locale) + " " + unsubscribeLink + "\n";
        String html = "<p>" + escape(subject) + "</p>" + markdown.html(item.text())
                      + "<p><a href=\"" + escape(link) + "\">" + escape(message("forum.mail.open", locale)) + "</a></p>"
                      + footer(unsubscribeLink, locale);
        return OutgoingMail.text(List.of(to), subject, text).withHtml(html);
    }

    OutgoingMail digest(String to, String personId, List<Item> items, Locale locale) {
        String subject = message("forum.mail.digest.subject", locale, items.size());
        StringBuilder text = new StringBuilder(subject).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(escape(subject)).append("</p><ul>");
        for (Item item : items) {
            String line = message("notifications.kind." + item.notification().kind(), locale, item.actorName(),
                                  item.notification().threadTitle());
            String link = link(item.notification());
            text.append("- ").append(line).append("\n  ").append(link).append("\n");
            html.append("<li><a href=\"").append(escape(link)).append("\">").append(escape(line)).append("</a>")
                .append(markdown.html(item.text())).append("</li>");
        }
        String unsubscribeLink = unsubscribe.linkFor(personId);
        text.append("\n").append(message("forum.mail.unsubscribe", locale)).append(" ").append(unsubscribeLink).append("\n");
        html.append("</ul>").append(footer(unsubscribeLink, locale));
        return OutgoingMail.text(List.of(to), subject, text.toString()).withHtml(html.toString());
    }

    private String footer(String unsubscribeLink, Locale locale) {
        return "<p><small>" + escape(message("forum.mail.why", locale)) + " <a href=\"" + escape(unsubscribeLink) + "\">"
               + escape(message("forum.mail.unsubscribe.link", locale)) + "</a></small></p>";
    }

    private String link(NotificationView notification) {
        return publicUrl.base() + "/cooperations/" + notification.cooperationId() + "/forum/fils/" + notification.threadId()
               + "#message-" + notification.postId();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
