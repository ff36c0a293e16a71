package fr.entente.web.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * E-mails an invitation's link, where an SMTP server is configured ({@code spring.mail.host}: Spring Boot then
 * provides the {@link JavaMailSender}). Without one, or if sending fails, the link goes back to the administrator.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH).withZone(ZoneId.of("Europe/Paris"));

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> senders, @Value("${entente.mail.from:entente@localhost}") String from) {
        this.senders = senders;
        this.from = from;
    }

    /** Whether the link was e-mailed. */
    boolean send(String email, String displayName, String link, Instant expiresAt) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject("Votre accès à Entente");
        message.setText("Bonjour " + displayName + ",\n\n"
                        + "Vous êtes invité·e à rejoindre Entente, l'espace de travail de votre coopération.\n"
                        + "Choisissez votre mot de passe en ouvrant ce lien (il ne sert qu'une fois, jusqu'au "
                        + FRENCH_DATE.format(expiresAt) + ") :\n\n" + link + "\n\n"
                        + "Si vous n'attendiez pas cette invitation, ignorez ce message.\n");
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not e-mail an invitation; its link goes back to the administrator", e);
            return false;
        }
    }
}
