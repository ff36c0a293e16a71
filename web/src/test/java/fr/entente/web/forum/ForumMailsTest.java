package fr.entente.web.forum;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.RunningHub;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum's e-mails on a hub of its own with an SMTP server (GreenMail) and a fixed clock: a reply in one's own
 * thread goes at once; a post in a thread one follows waits for the daily digest, which a hub stopped before 07:00
 * (Europe/Paris) sends when it comes back after 07:00, and never again after another restart; the HTML typed in a post
 * reaches no mail unescaped; the signed unsubscribe link stops the mails, and a forged one (made up, another person's,
 * another hub's) is refused with its code ({@code unsubscribe.link-invalid}) and changes nothing.
 */
class ForumMailsTest {

    private static final String COOPERATION = "coop-courriels";
    private static final String BODY = "gt-courriels";
    private static final String SPACE = SpaceIds.ofBody(COOPERATION, BODY);
    private static final String PASSWORD = "mot de passe des courriels 2026";
    private static final String AUTHOR = "person-auteur-courriels";
    private static final String FOLLOWER = "person-suiveur-courriels";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime BEFORE_SEVEN = ZonedDateTime.of(2027, 3, 2, 6, 55, 0, 0, PARIS);

    @TempDir
    Path data;

    private GreenMail smtp;
    private RunningHub hub;
    private final String database = RunningHub.freshDatabaseName();

    @BeforeEach
    void smtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
        smtp.stop();
    }

    private RunningHub startAt(ZonedDateTime moment) {
        Clock clock = Clock.fixed(moment.toInstant(), PARIS);
        return RunningHub.start(data, database, context -> context.registerBean("forumMailClock", Clock.class, () -> clock),
                                List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                                        "--entente.forum.digest.first-check=PT1S", "--entente.forum.digest.every=PT1S"));
    }

    @Test
    void atOnceForOnesThreadsTheDigestOnceAfterSevenAcrossRestartsAndUnsubscribe() throws Exception {
        hub = startAt(BEFORE_SEVEN);
        seed();
        ApiClient author = ApiClient.signedIn(hub.port(), "auteur.courriels", PASSWORD);
        ApiClient follower = ApiClient.signedIn(hub.port(), "suiveur.courriels", PASSWORD);
        String forum = "/api/cooperations/" + COOPERATION + "/forum";
        String threadId = author.post(forum + "/spaces/" + SPACE + "/threads",
                                      "{\"title\":\"Enquête flash RSU\",\"text\":\"Qui relance les collectivités ?\"}")
                                .json().path("threadId").asText();
        eventually(() -> Optional.of(follower.get(forum + "/threads/" + threadId)).filter(found -> found.status() == 200));
        assertThat(follower.post(forum + "/threads/" + threadId + "/posts", "{\"text\":\"Je m'en charge pour le Nord.\"}")
                           .status()).isEqualTo(201);

        MimeMessage atOnce = awaitMails(1).get(0);
        assertThat(atOnce.getAllRecipients()[0].toString()).isEqualTo("auteur@example.fr");
        assertThat(atOnce.getSubject()).isEqualTo("Nouveau message de Sylvie Suiveur dans « Enquête flash RSU »");
        assertThat(content(atOnce)).contains("/desabonnement/" + AUTHOR + "/");

        assertThat(author.post(forum + "/threads/" + threadId + "/posts",
                               "{\"text\":\"Merci ! <script>alert('x')</script> **Relance** lundi.\"}").status()).isEqualTo(201);
        TimeUnit.SECONDS.sleep(3);
        assertThat(smtp.getReceivedMessages()).as("the follower's news waits for the digest").hasSize(1);
        hub.close();

        hub = startAt(BEFORE_SEVEN.plusMinutes(10));
        MimeMessage digest = awaitMails(2).get(1);
        assertThat(digest.getAllRecipients()[0].toString()).isEqualTo("suiveur@example.fr");
        assertThat(digest.getSubject()).isEqualTo("Forum : 1 nouveauté depuis votre dernier résumé");
        String body = content(digest);
        assertThat(body).contains("Relance", "/desabonnement/" + FOLLOWER + "/").doesNotContain("<script");
        hub.close();

        hub = startAt(BEFORE_SEVEN.plusMinutes(15));
        TimeUnit.SECONDS.sleep(4);
        assertThat(smtp.getReceivedMessages()).as("the digest never goes twice").hasSize(2);

        Matcher link = Pattern.compile("(/desabonnement/" + FOLLOWER + "/[0-9a-f]+)").matcher(body);
        assertThat(link.find()).isTrue();
        ApiClient anonymous = new ApiClient(hub.port());
        refusesForgedLinks(anonymous, link.group(1));
        assertThat(anonymous.getPage(link.group(1)).status()).isEqualTo(200);
        assertThat(anonymous.form(link.group(1), Map.of(), "text/html").body()).contains("vous ne recevrez plus");
        ApiClient followerAgain = ApiClient.signedIn(hub.port(), "suiveur.courriels", PASSWORD);
        assertThat(followerAgain.get("/api/me/notifications/mail").json().path("mode").asText()).isEqualTo("NEVER");
    }

    /**
     * A forged unsubscribe link, opened or confirmed, gets a page that says why with the refusal's code, in the
     * reader's language, and changes nobody's mails: a signature made up, another person's identifier under the
     * follower's signature, a signature made with another hub's key.
     */
    private void refusesForgedLinks(ApiClient anonymous, String followersLink) throws Exception {
        String followersSignature = followersLink.substring(followersLink.lastIndexOf('/') + 1);
        javax.crypto.Mac otherHub = javax.crypto.Mac.getInstance("HmacSHA256");
        otherHub.init(new javax.crypto.spec.SecretKeySpec("the key of another hub, 32 bytes".getBytes(), "HmacSHA256"));
        String foreign = java.util.HexFormat.of().formatHex(otherHub.doFinal(FOLLOWER.getBytes()));
        ApiClient authorSignedIn = ApiClient.signedIn(hub.port(), "auteur.courriels", PASSWORD);
        ApiClient followerSignedIn = ApiClient.signedIn(hub.port(), "suiveur.courriels", PASSWORD);
        String authorsMode = authorSignedIn.get("/api/me/notifications/mail").body();
        String followersMode = followerSignedIn.get("/api/me/notifications/mail").body();
        assertThat(followersMode).doesNotContain("NEVER");

        for (String forged : List.of("/desabonnement/" + FOLLOWER + "/" + "0".repeat(64),
                                     "/desabonnement/" + AUTHOR + "/" + followersSignature,
                                     "/desabonnement/" + FOLLOWER + "/" + foreign,
                                     "/desabonnement/" + FOLLOWER + "/" + followersSignature.toUpperCase())) {
            ApiClient.Response opened = anonymous.getPage(forged);
            assertThat(opened.status()).as(forged).isEqualTo(400);
            assertThat(opened.body()).contains("unsubscribe.link-invalid", "Ce lien de désabonnement n",
                                               "ne vient pas de ce hub", "Rien n").doesNotContain("confirmer-desabonnement");
            ApiClient.Response confirmed = anonymous.form(forged, Map.of(), "text/html");
            assertThat(confirmed.status()).as(forged).isEqualTo(400);
            assertThat(confirmed.body()).contains("unsubscribe.link-invalid").doesNotContain("vous ne recevrez plus");
        }
        assertThat(new ApiClient(hub.port()).getPage("/desabonnement/" + AUTHOR + "/" + foreign + "?lang=en").body())
                .contains("unsubscribe.link-invalid", "This unsubscribe link is not valid", "Nothing was changed");
        assertThat(authorSignedIn.get("/api/me/notifications/mail").body()).as("nothing changed").isEqualTo(authorsMode);
        assertThat(followerSignedIn.get("/api/me/notifications/mail").body()).as("nothing changed").isEqualTo(followersMode);
    }

    private void seed() {
        system(new CreateCooperationCommand(COOPERATION, "Coopération des courriels", "Hauts-de-France"));
        system(new AddMemberCentreCommand(COOPERATION, "59", "CDG du Nord"));
        system(new RegisterPersonCommand(COOPERATION, AUTHOR, "cdg-59"));
        system(new RegisterPersonCommand(COOPERATION, FOLLOWER, "cdg-59"));
        system(new CreateBodyCommand(COOPERATION, BODY, BodyKind.WORKING_GROUP, "Groupe des courriels"));
        system(new AddBodyMemberCommand(COOPERATION, BODY, AUTHOR, BodyRole.MEMBER));
        system(new AddBodyMemberCommand(COOPERATION, BODY, FOLLOWER, BodyRole.MEMBER));
        PersonAccounts accounts = hub.bean(PersonAccounts.class);
        accounts.createActiveAccount(AUTHOR, "auteur.courriels", "Alain Auteur", "auteur@example.fr", PASSWORD);
        accounts.createActiveAccount(FOLLOWER, "suiveur.courriels", "Sylvie Suiveur", "suiveur@example.fr", PASSWORD);
        SpaceRoster roster = hub.bean(SpaceRoster.class);
        eventually(() -> roster.roleOf(COOPERATION, SPACE, AUTHOR));
        eventually(() -> roster.roleOf(COOPERATION, SPACE, FOLLOWER));
    }

    private void system(Object command) {
        hub.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                                        .andMetaData(Actor.system(COOPERATION).toMetaData()));
    }

    /** Every text part of the mail, plain and HTML, decoded. */
    private static String content(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(content(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return content.toString();
    }

    private List<MimeMessage> awaitMails(int count) {
        return eventually(() -> Optional.of(Arrays.asList(smtp.getReceivedMessages())).filter(mails -> mails.size() >= count));
    }
}
