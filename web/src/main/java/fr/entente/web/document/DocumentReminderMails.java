package fr.entente.web.document;

import fr.entente.document.query.DocumentView;
import fr.entente.document.query.ReaderView;
import fr.entente.infra.mail.MailOutbox;
import fr.entente.infra.mail.OutgoingMail;
import fr.entente.infra.security.PersonAccount;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.config.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The mail that reminds a person of a document sent to them "à lire", in their language (the sentences
 * {@code documents.reminder.*} of {@code messages*.properties}): who asked, when, the document's name and the link to
 * its page. Only to an active account with an address; names are escaped in the HTML.
 */
@Component
class DocumentReminderMails {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final MailOutbox outbox;
    private final PersonAccounts accounts;
    private final MessageSource messages;
    private final PublicUrl publicUrl;

    DocumentReminderMails(MailOutbox outbox, PersonAccounts accounts, MessageSource messages, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    void remind(DocumentView document, ReaderView reader) {
        accounts.find(reader.personId())
                .filter(account -> account.active() && account.email() != null && !account.email().isBlank())
                .ifPresent(account -> outbox.send(mail(account, document, reader)));
    }

    private OutgoingMail mail(PersonAccount account, DocumentView document, ReaderView reader) {
        Locale locale = accounts.languageOf(account.personId());
        String sender = accounts.find(reader.requestedBy()).map(PersonAccount::displayName)
                                .orElse(messages.getMessage("forum.unknownPerson", null, locale));
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                                      .format(reader.requestedAt().atZone(PARIS));
        String subject = messages.getMessage("documents.reminder.subject", new Object[]{document.name()}, locale);
        String said = messages.getMessage("documents.reminder.text", new Object[]{sender, day, document.name()}, locale);
        String open = messages.getMessage("documents.reminder.open", null, locale);
        String link = publicUrl.base() + DocumentPages.documentPage(document.cooperationId(), document.spaceId(),
                                                                    document.documentId());
        String text = said + "\n\n" + open + " " + link + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(said) + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">"
                      + HtmlUtils.htmlEscape(open) + "</a></p>";
        return OutgoingMail.text(List.of(account.email()), subject, text).withHtml(html);
    }
}
