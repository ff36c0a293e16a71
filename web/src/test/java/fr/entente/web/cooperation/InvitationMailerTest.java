package fr.entente.web.cooperation;

import fr.entente.web.cooperation.InvitationMailer;
import fr.entente.web.cooperation.Invitations;
import fr.entente.infra.mail.MailOutbox;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations go by e-mail only where an SMTP server is configured; otherwise, or on failure, the link goes back. */
class InvitationMailerTest {

    private static final String LINK = "https://entente.example/invitation/abc";
    private static final Instant EXPIRES = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void sendsNothingWithoutAnSmtpServer() {
        InvitationMailer mailer = new InvitationMailer(new MailOutbox(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "entente@cdg59.fr", false));

        assertThat(mailer.send("sophie@cdg60.fr", "Sophie Durand", "sophie.durand", LINK, EXPIRES)).isFalse();
    }

    @Test
    void emailsTheLinkInFrenchWhereAnSmtpServerIsConfigured() throws Exception {
        List<MimeMessage> sent = new ArrayList<>();
        InvitationMailer mailer = mailerWith(new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                sent.addAll(List.of(messages));
            }
        });

        assertThat(mailer.send("sophie@cdg60.fr", "Sophie Durand", "sophie.durand", LINK, EXPIRES)).isTrue();

        assertThat(sent).hasSize(1);
        MimeMessage message = sent.get(0);
        message.saveChanges();
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly("sophie@cdg60.fr");
        assertThat(message.getFrom()[0].toString()).isEqualTo("entente@cdg59.fr");
        assertThat(message.getSubject()).isEqualTo("Votre accès à Entente");
        assertThat((String) message.getContent()).contains("Bonjour Sophie Durand", LINK, "30 novembre 2026 à 10h00",
                                                           "l'identifiant « sophie.durand »");
    }

    @Test
    void handsTheLinkBackWhenSendingFails() {
        InvitationMailer mailer = mailerWith(new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                throw new MailSendException("SMTP server unreachable");
            }
        });

        assertThat(mailer.send("sophie@cdg60.fr", "Sophie Durand", "sophie.durand", LINK, EXPIRES)).isFalse();
    }

    private static InvitationMailer mailerWith(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new InvitationMailer(new MailOutbox(beans.getBeanProvider(JavaMailSender.class), "entente@cdg59.fr", false));
    }
}
