package fr.entente.web.cooperation;

import fr.entente.infra.mail.MailOutbox;
import fr.entente.infra.mail.OutgoingMail;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * E-mails an invitation's link, where an SMTP server is configured ({@code spring.mail.host}). Without one, or if
 * sending fails, the link goes back to the administrator; it is never written to the log, since it opens an account.
 */
@Component
public class InvitationMailer {

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH).withZone(ZoneId.of("Europe/Paris"));

    private final MailOutbox outbox;

    InvitationMailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Tells the holder of an account that someone tried to invite them under their e-mail address or username, in
     * place of the invitation, which cannot be: a person has one account. Whether it was e-mailed; never logged.
     */
    boolean sendAlreadyHasAnAccount(String email, String displayName, String username, String cooperationName) {
        return outbox.sendSecret(OutgoingMail.text(List.of(email), "Votre accès à Entente",
                "Bonjour " + displayName + ",\n\n"
                + "Un·e administrateur·rice de la coopération « " + cooperationName + " » a voulu vous inviter dans "
                + "Entente. Vous y avez déjà un compte, avec l'identifiant « " + username + " » : connectez-vous avec "
                + "lui. Si vous ne devez pas rejoindre cette coopération, ou si vous n'attendiez pas cette invitation, "
                + "ignorez ce message.\n"));
    }

    /** Whether the link was e-mailed; the mail says the username the person will sign in with. */
    boolean send(String email, String displayName, String username, String link, Instant expiresAt) {
        return outbox.sendSecret(OutgoingMail.text(List.of(email), "Votre accès à Entente",
                "Bonjour " + displayName + ",\n\n"
                + "Vous êtes invité·e à rejoindre Entente, l'espace de travail de votre coopération.\n"
                + "Choisissez votre mot de passe en ouvrant ce lien (il ne sert qu'une fois, jusqu'au "
                + FRENCH_DATE.format(expiresAt) + ") :\n\n" + link + "\n\n"
                + "Vous vous connecterez ensuite avec l'identifiant « " + username + " » et ce mot de passe.\n\n"
                + "Si vous n'attendiez pas cette invitation, ignorez ce message.\n"));
    }
}
