package fr.entente.infra.mail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Mails through a real SMTP server (GreenMail, in process), and into the log when there is none or it fails. */
class MailOutboxTest {

    private static final String FROM = "entente@cdg59.fr";
    private static final List<String> BODY_MEMBERS = List.of("claire.martin@cdg59.fr", "marc.petit@cdg60.fr", "zoe.lefevre@cdg62.fr");
    private static final String SUBJECT = "Réunion du groupe de travail « Santé au travail » · 12 décembre";
    private static final String TEXT = "Bonjour,\n\nL’ordre du jour est publié : œuvres sociales, coût 1 200 €, vœux.\n"
                                       + "Pièce jointe à télécharger depuis Entente.\n";
    private static final OutgoingMail MEETING_NOTICE = OutgoingMail.text(BODY_MEMBERS, SUBJECT, TEXT);

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetup.SMTP.dynamicPort());

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger outboxLogger = (Logger) LoggerFactory.getLogger(MailOutbox.class);

    @BeforeEach
    void captureTheLog() {
        logged.start();
        outboxLogger.addAppender(logged);
    }

    @AfterEach
    void releaseTheLog() {
        outboxLogger.detachAppender(logged);
    }

    @Test
    void sendsToEveryRecipientWithFrenchSubjectAndTextIntact() throws Exception {
        MailOutcome outcome = outboxSendingTo(smtp.getSmtp().getPort()).send(MEETING_NOTICE);

        assertThat(outcome).isEqualTo(MailOutcome.SENT);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(BODY_MEMBERS.size()); // one delivery per recipient
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(lines((String) message.getContent())).isEqualTo(TEXT.strip());
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactlyElementsOf(BODY_MEMBERS);
        assertThat(message.getFrom()[0].toString()).isEqualTo(FROM);
        assertThat(logged.list).isEmpty();
    }

    @Test
    void sendsTheHtmlVersionAlongsideThePlainText() throws Exception {
        String html = "<p>L’ordre du jour est publié : <strong>œuvres sociales</strong>.</p>";

        assertThat(outboxSendingTo(smtp.getSmtp().getPort()).send(MEETING_NOTICE.withHtml(html))).isEqualTo(MailOutcome.SENT);

        Multipart parts = (Multipart) smtp.getReceivedMessages()[0].getContent();
        String all = lines(textOfEveryPart(parts));
        assertThat(all).contains(TEXT.strip(), html);
    }

    @Test
    void writesTheMailToTheLogOfADemoHubWithoutItsAddressesOnOneLine() {
        MailOutbox outbox = new MailOutbox(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), FROM, true);

        assertThat(outbox.send(MEETING_NOTICE)).isEqualTo(MailOutcome.LOGGED);

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).contains(SUBJECT, "ordre du jour").doesNotContain("\n");
            BODY_MEMBERS.forEach(address -> assertThat(event.getFormattedMessage()).doesNotContain(address));
        });
    }

    @Test
    void writesNoMailToTheLogOfAHubThatIsNoDemo() {
        MailOutbox outbox = new MailOutbox(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), FROM, false);

        assertThat(outbox.send(MEETING_NOTICE)).isEqualTo(MailOutcome.LOGGED);

        assertThat(logged.list).singleElement().satisfies(event ->
                assertThat(event.getFormattedMessage()).contains("not sent").doesNotContain(SUBJECT, "ordre du jour",
                                                                                            BODY_MEMBERS.get(0)));
    }

    @Test
    void escapesForgedLinesOfAMailWrittenToTheLog() {
        MailOutbox outbox = new MailOutbox(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), FROM, true);

        outbox.send(OutgoingMail.text(BODY_MEMBERS, "Réunion\r\nATTENDEE:mailto:x@evil.example \u202Etxt.exe", TEXT));

        assertThat(logged.list).singleElement().satisfies(event ->
                assertThat(event.getFormattedMessage()).doesNotContain("\r", "\n", "\u202E")
                                                       .contains("Réunion\\r\\nATTENDEE", "\\u202E"));
    }

    @Test
    void logsAFailedSendingWithoutTheAddressesAndDoesNotThrow() throws IOException {
        MailOutcome outcome = outboxSendingTo(aClosedPort()).send(MEETING_NOTICE);

        assertThat(outcome).isEqualTo(MailOutcome.FAILED_LOGGED);
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains(SUBJECT).doesNotContain(BODY_MEMBERS.get(0));
            assertThat(event.getThrowableProxy()).as("the cause is logged too").isNotNull();
        });
    }

    @Test
    void setsTheReplyToAddressOfAMailThatHasOne() throws Exception {
        OutgoingMail arbitration = OutgoingMail.text(List.of("claire.martin@cdg59.fr"), SUBJECT, TEXT)
                                               .withReplyTo("vote+abcdefghijklmnopqrstuvwxyz@cdg59.fr");

        assertThat(outboxSendingTo(smtp.getSmtp().getPort()).sendSecret(arbitration)).isTrue();

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getReplyTo()).extracting(Object::toString)
                                        .containsExactly("vote+abcdefghijklmnopqrstuvwxyz@cdg59.fr");
        assertThat(message.getFrom()[0].toString()).isEqualTo(FROM);
    }

    @Test
    void sendsAMailCarryingASecretThroughSmtp() throws Exception {
        assertThat(outboxSendingTo(smtp.getSmtp().getPort()).sendSecret(MEETING_NOTICE)).isTrue();

        assertThat(smtp.getReceivedMessages()).hasSize(BODY_MEMBERS.size());
    }

    @Test
    void neverLogsTheTextOfAMailCarryingASecret() throws IOException {
        MailOutbox withoutServer = new MailOutbox(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), FROM, true);

        assertThat(withoutServer.sendSecret(MEETING_NOTICE)).isFalse();
        assertThat(outboxSendingTo(aClosedPort()).sendSecret(MEETING_NOTICE)).isFalse();

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains(SUBJECT).doesNotContain("ordre du jour", BODY_MEMBERS.get(0));
        });
    }

    private static MailOutbox outboxSendingTo(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        timeouts.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(timeouts);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new MailOutbox(beans.getBeanProvider(JavaMailSender.class), FROM, false);
    }

    /** The text with SMTP's CRLF line ends as LF, and without the final line end that the transfer drops. */
    private static String lines(String received) {
        return received.replace("\r\n", "\n").strip();
    }

    private static int aClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String textOfEveryPart(Multipart multipart) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            Object content = part.getContent();
            text.append(content instanceof Multipart nested ? textOfEveryPart(nested) : content.toString()).append('\n');
        }
        return text.toString();
    }
}
