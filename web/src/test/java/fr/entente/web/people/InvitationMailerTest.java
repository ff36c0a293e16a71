package fr.entente.web.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
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
        InvitationMailer mailer = new InvitationMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                                                       "entente@cdg59.fr");

        assertThat(mailer.send("sophie@cdg60.fr", "Sophie Durand", LINK, EXPIRES)).isFalse();
    }

    @Test
    void emailsTheLinkInFrenchWhereAnSmtpServerIsConfigured() {
        List<SimpleMailMessage> sent = new ArrayList<>();
        InvitationMailer mailer = mailerWith(new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage message) {
                sent.add(message);
            }
        });

        assertThat(mailer.send("sophie@cdg60.fr", "Sophie Durand", LINK, EXPIRES)).isTrue();

        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getTo()).containsExactly("sophie@cdg60.fr");
            assertThat(message.getFrom()).isEqualTo("entente@cdg59.fr");
            assertThat(message.getText()).contains("Bonjour Sophie Durand", LINK, "30 novembre 2026 à 10h00");
        });
    }

    @Test
    void handsTheLinkBackWhenSendingFails() {
        InvitationMailer mailer = mailerWith(new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage message) {
                throw new MailSendException("SMTP server unreachable");
            }
        });

        assertThat(mailer.send("sophie@cdg60.fr", "Sophie Durand", LINK, EXPIRES)).isFalse();
    }

    private static InvitationMailer mailerWith(JavaMailSender sender) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new InvitationMailer(beans.getBeanProvider(JavaMailSender.class), "entente@cdg59.fr");
    }
}
