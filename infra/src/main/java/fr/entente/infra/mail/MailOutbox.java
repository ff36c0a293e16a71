package fr.entente.infra.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fr.entente.infra.logging.LogText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Sends the hub's mails through the SMTP server of {@code spring.mail.host}, from {@code entente.mail.from}
 * (default {@code entente@localhost}). With no server configured, the mail is written to the log only on a demo hub
 * ({@code entente.demo.enabled}), so that a newcomer sees what would have gone; elsewhere the log says only that a mail
 * was not sent. A mail in the log never shows its recipients' addresses, and its text is escaped onto one line. The
 * caller never sees an exception.
 * <p>
 * Sending is synchronous: the caller learns the outcome, and a mail is never lost in a queue on shutdown. It is cheap to
 * call from an event handler: without a server it only writes a log line, and with one it waits at most for the
 * {@code spring.mail.properties.mail.smtp.*timeout} settings (set them: Jakarta Mail waits forever by default). A
 * handler that must not wait for a slow server should send from an executor of its own. A failed mail is not retried:
 * an event handler is not replayed for it, so a mail goes out at most once.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final boolean demo;

    /**
     * @param senders Spring Boot's sender, present only where {@code spring.mail.host} is set
     * @param demo    whether this hub is a demonstration, whose mails may be read in its log
     */
    @Autowired
    public MailOutbox(ObjectProvider<JavaMailSender> senders, @Value("${entente.mail.from:entente@localhost}") String from,
                      @Value("${entente.demo.enabled:false}") boolean demo) {
        this.senders = senders;
        this.from = from;
        this.demo = demo;
    }

    /** Sends the mail, or writes it to the log in full; never throws. */
    public MailOutcome send(OutgoingMail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            if (demo) {
                log.info("No SMTP server configured (spring.mail.host), demo hub: mail written here instead, {}",
                         mail.forTheLog());
            } else {
                log.info("No SMTP server configured (spring.mail.host): a mail to {} recipient(s) was not sent",
                         mail.to().size());
            }
            return MailOutcome.LOGGED;
        }
        try {
            sender.send(mimeMessage(sender, mail));
            return MailOutcome.SENT;
        } catch (MessagingException | RuntimeException e) {
            if (demo) {
                log.warn("Could not send a mail; here it is, {}", mail.forTheLog(), e);
            } else {
                log.warn("Could not send a mail to {} recipient(s), subject \"{}\"", mail.to().size(),
                         LogText.escape(mail.subject()), e);
            }
            return MailOutcome.FAILED_LOGGED;
        }
    }

    /**
     * Sends a mail that carries a secret, such as a one-time sign-up link, through SMTP only: its text is never written
     * to the log, where whoever reads the logs could use the secret. False when no SMTP server is configured or sending
     * failed: the caller then hands the secret over another way. Never throws.
     */
    public boolean sendSecret(OutgoingMail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return false;
        }
        try {
            sender.send(mimeMessage(sender, mail));
            return true;
        } catch (MessagingException | RuntimeException e) {
            log.warn("Could not send a mail carrying a secret to {} recipient(s), subject \"{}\" (text withheld from the log)",
                     mail.to().size(), LogText.escape(mail.subject()), e);
            return false;
        }
    }

    private MimeMessage mimeMessage(JavaMailSender sender, OutgoingMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        // UTF-8 whatever spring.mail.default-encoding says: subjects and texts are French.
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.to().toArray(String[]::new));
        helper.setSubject(mail.subject());
        if (mail.replyTo() != null) {
            helper.setReplyTo(mail.replyTo());
        }
        if (mail.html() == null) {
            helper.setText(mail.text());
        } else {
            helper.setText(mail.text(), mail.html());
        }
        return message;
    }
}
