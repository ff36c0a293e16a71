package fr.entente.web.decision;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.entente.decision.query.DecisionStatus;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.web.browser.Axe;
import fr.entente.web.browser.HeadlessChromium;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.RunningHub;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arbitration by e-mail, end to end, with an SMTP and IMAP server (GreenMail) and the demo data: the five directors of
 * the Hauts-de-France technical committee receive the mail with one signed link per option; a mail scanner that opens
 * every link of every mail casts no vote; a changed link is refused; three directors vote by link, one of them from a
 * headless Chromium that is not signed in; one replies "Pour, d'accord sur le principe" by e-mail and gets a
 * confirmation; a reply the hub cannot read gets a help, one to an unknown token records nothing; the one who did not
 * vote gets the reminder; at the deadline the decision closes, adopted with four centres of five, numbered …-002 (the demo's study validation took …-001), and
 * the body gets the result. The hub's "now" is moved forward for the reminder and the deadline
 * ({@link GenericEventMessage#clock}).
 */
class ArbitrationByMailEndToEndTest {

    private static final String MAILBOX = "vote@entente.test";
    private static final String HDF = "hauts-de-france";
    private static final Pattern LINK = Pattern.compile("- (\\S+) : (http://\\S+/arbitrage/\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> DIRECTORS = List.of("directeur.02", "directeur.59", "directeur.60", "directeur.62",
                                                          "directeur.80");

    @TempDir
    static Path data;

    private static GreenMail mail;
    private static RunningHub hub;
    private static Clock realClock;

    @BeforeAll
    static void start() {
        realClock = GenericEventMessage.clock;
        mail = new GreenMail(new ServerSetup[]{ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        mail.setUser(MAILBOX, "vote", "secret-de-la-boite");
        hub = RunningHub.start(data, RunningHub.freshDatabaseName(), context -> { }, List.of(
                "--entente.demo.enabled=true",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--entente.mail.imap.host=127.0.0.1", "--entente.mail.imap.port=" + mail.getImap().getPort(),
                "--entente.mail.imap.protocol=imap", "--entente.mail.imap.username=vote",
                "--entente.mail.imap.password=secret-de-la-boite", "--entente.mail.imap.address=" + MAILBOX,
                "--entente.mail.imap.poll=500ms", "--entente.decision.deadline-check=500ms",
                "--entente.decision.reminder-before=50m",
                "--entente.decision.link-secret=un secret de test assez long pour HMAC-SHA256"));
    }

    @AfterAll
    static void stop() {
        GenericEventMessage.clock = realClock;
        if (hub != null) {
            hub.close();
        }
        mail.stop();
    }

    @Test
    void theTechnicalCommitteeArbitratesByMail() throws Exception {
        ApiClient convenor = ApiClient.signedIn(hub.port(), "directeur.80", "entente-demo-2026");
        String decisionId = convenor.post("/api/cooperations/" + HDF + "/bodies/comite-technique/decisions", """
                {"question":"Diffuser l'étude sur l'absentéisme aux partenaires ?","text":"L'étude est **prête**.",
                 "mode":"ASYNCHRONOUS","deadline":"%s"}""".formatted(Instant.now().plus(Duration.ofMinutes(61))))
                                    .json().path("decisionId").asText();

        // the demo's own arbitrations (a study's validation, a roadmap's) mail the same directors: this decision's only
        Map<String, MimeMessage> invitations = ApiWorld.eventually(() -> Optional.of(mailsTo("Arbitrage", "Diffuser l'étude sur l'absentéisme aux partenaires ?"))
                                                                         .filter(found -> found.size() == 5));
        assertThat(invitations.keySet()).containsExactlyInAnyOrderElementsOf(DIRECTORS);
        Map<String, Map<String, String>> links = new LinkedHashMap<>();
        for (Map.Entry<String, MimeMessage> invitation : invitations.entrySet()) {
            String body = String.valueOf(invitation.getValue().getContent());
            assertThat(body).contains("Diffuser l'étude sur l'absentéisme aux partenaires ?", "L'étude est **prête**.");
            Map<String, String> byOption = new LinkedHashMap<>();
            Matcher link = LINK.matcher(body);
            while (link.find()) {
                byOption.put(link.group(1), link.group(2));
            }
            assertThat(byOption).containsOnlyKeys("pour", "contre", "abstention");
            links.put(invitation.getKey(), byOption);
            Address[] replyTo = invitation.getValue().getReplyTo();
            assertThat(replyTo).hasSize(1);
            assertThat(replyTo[0].toString()).matches("vote\\+[a-z2-7]{26}@entente\\.test");
        }

        long eventsBefore = eventCountOf(decisionId);
        for (Map<String, String> byOption : links.values()) {
            for (String url : byOption.values()) {
                HttpResponse<String> scanned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                                                                               HttpResponse.BodyHandlers.ofString());
                assertThat(scanned.statusCode()).isEqualTo(200);
                assertThat(scanned.body()).contains("Confirmer mon vote");
            }
        }
        assertThat(eventCountOf(decisionId)).as("a mail scanner that opens every link votes nothing").isEqualTo(eventsBefore);

        String tampered = links.get("directeur.02").get("pour").replaceAll(".$", "A").replace("/arbitrage/", "/arbitrage/x");
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tampered)).GET().build(),
                                                                       HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("n’est pas valable", "Se connecter");
        assertThat(voteByLink(tampered, "pour").statusCode()).isEqualTo(400);
        assertThat(eventCountOf(decisionId)).isEqualTo(eventsBefore);

        assertThat(voteByLink(links.get("directeur.02").get("contre"), "contre").body()).contains("« contre » est enregistré");
        assertThat(voteByLink(links.get("directeur.02").get("pour"), "pour").body()).as("the same link changes the vote")
                                                                                   .contains("« pour » est enregistré");
        assertThat(voteByLink(links.get("directeur.59").get("pour"), "pour").body()).contains("« pour » est enregistré");
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            WebDriver page = browser.driver();
            page.get(links.get("directeur.60").get("contre"));
            assertThat(page.findElements(By.cssSelector("form.deconnexion"))).as("not signed in").isEmpty();
            assertThat(Axe.check(page)).as("axe-core on the confirmation page").noneMatch(Axe.Violation::isSeriousOrCritical);
            page.findElement(By.id("confirmer")).click();
            new WebDriverWait(page, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("enregistre"), "« contre » est enregistré"));
            page.get(tampered);
            assertThat(page.findElement(By.id("refus")).getText()).contains("n’est pas valable");
            assertThat(Axe.check(page)).as("axe-core on a refused link's page").noneMatch(Axe.Violation::isSeriousOrCritical);
        }

        reply(invitations.get("directeur.62"), "Pour, d'accord sur le principe\n\nLe lundi, Entente a écrit :\n> Contre\n");
        reply(invitations.get("directeur.80"), "Je ne sais pas encore.\n");
        MimeMessage unknown = new MimeMessage(invitations.get("directeur.02"));
        reply(unknown, "Contre", "vote+aaaaaaaaaaaaaaaaaaaaaaaaaa@entente.test");

        ApiWorld.eventually(() -> Optional.of(mailsTo("Vote enregistré")).filter(found -> found.containsKey("directeur.62")));
        ApiWorld.eventually(() -> Optional.of(mailsTo("Vote non enregistré")).filter(found -> found.containsKey("directeur.80")));
        DecisionView voted = ApiWorld.eventually(() -> find(decisionId).filter(view -> view.votes().size() == 4));
        assertThat(voted.votes()).extracting(vote -> vote.organisationId() + "=" + vote.option())
                                 .containsExactlyInAnyOrder("cdg-02=pour", "cdg-59=pour", "cdg-60=contre", "cdg-62=pour");
        assertThat(voted.votes()).filteredOn(vote -> vote.organisationId().equals("cdg-62"))
                                 .extracting(vote -> vote.voterId()).containsExactly(personIdOf("directeur.62"));
        ApiWorld.eventually(() -> Optional.of(mail.getUserManager().getUser("vote").getEmail())
                                          .filter(ignored -> inboxSize() == 0));
        assertThat(mailsTo("Vote enregistré")).containsOnlyKeys("directeur.62");

        GenericEventMessage.clock = Clock.offset(realClock, Duration.ofMinutes(15));
        Map<String, MimeMessage> reminders = ApiWorld.eventually(() -> Optional.of(mailsTo("Rappel")).filter(found -> !found.isEmpty()));
        Thread.sleep(1_500);
        assertThat(mailsTo("Rappel")).as("only the centre that has not voted is reminded").containsOnlyKeys("directeur.80");
        assertThat(String.valueOf(reminders.get("directeur.80").getContent())).contains("/arbitrage/");

        GenericEventMessage.clock = Clock.offset(realClock, Duration.ofHours(2));
        DecisionView closed = ApiWorld.eventually(() -> find(decisionId).filter(view -> view.reference() != null));
        assertThat(closed.status()).isEqualTo(DecisionStatus.CLOSED);
        assertThat(closed.outcome()).hasToString("ADOPTED");
        assertThat(closed.votes()).hasSize(4);
        assertThat(closed.reference()).as("the register's next number after the demo's study validation")
                                     .isEqualTo("CT-" + Year.now(ZoneId.of("Europe/Paris")).getValue() + "-002");
        Map<String, MimeMessage> results = ApiWorld.eventually(() -> Optional.of(mailsTo("Décision " + closed.reference())).filter(found -> found.size() == 5));
        assertThat(String.valueOf(results.get("directeur.80").getContent())).contains("adoptée", "4 centres sur 5");

        HttpResponse<String> expired = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(links.get("directeur.80").get("pour"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(expired.statusCode()).as("a link expires at the close").isEqualTo(410);
        assertThat(find(decisionId).orElseThrow().votes()).hasSize(4);
    }

    /** GETs the confirmation page as a person not signed in, then POSTs its form; returns the page after the vote. */
    private static HttpResponse<String> voteByLink(String url, String option) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                                      .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        // a refused link's page has no form: the token is then the cookie's, as a hand-made request would send it
        String token = csrf.find() ? csrf.group(1)
                                   : cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                                            .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        String form = "option=" + URLEncoder.encode(option, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                                      .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                           HttpResponse.BodyHandlers.ofString());
    }

    private static void reply(MimeMessage original, String text) throws Exception {
        reply(original, text, original.getReplyTo()[0].toString());
    }

    /** A reply as a mail server with sub-addressing delivers it: to the hub's mailbox, addressed vote+token@…. */
    private static void reply(MimeMessage original, String text, String to) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        Session session = Session.getInstance(properties);
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress(original.getAllRecipients()[0].toString()));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        reply.setSubject("Re: " + original.getSubject(), "UTF-8");
        reply.setText(text, "UTF-8");
        Transport.send(reply, new Address[]{new InternetAddress(MAILBOX)});
    }

    private static int inboxSize() {
        try {
            return mail.getManagers().getImapHostManager()
                       .getInbox(mail.getUserManager().getUser("vote")).getMessageCount();
        } catch (Exception e) {
            return -1;
        }
    }

    /** The mails the hub sent to each director (by username) whose subject starts so; the last one of each. */
    private static Map<String, MimeMessage> mailsTo(String subjectStart) {
        return mailsTo(subjectStart, "");
    }

    /** As {@link #mailsTo(String)}, of the mails whose text holds {@code text}. */
    private static Map<String, MimeMessage> mailsTo(String subjectStart, String text) {
        Map<String, MimeMessage> found = new LinkedHashMap<>();
        try {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (message.getSubject() == null || !message.getSubject().startsWith(subjectStart)
                    || !String.valueOf(message.getContent()).contains(text)) {
                    continue;
                }
                for (Address address : message.getAllRecipients()) {
                    String recipient = address.toString();
                    // the demo's own arbitration mails the directors of Pays de la Loire: only this committee's count
                    String username = recipient.substring(0, recipient.indexOf('@'));
                    if (recipient.endsWith("@demo.entente.invalid") && DIRECTORS.contains(username)) {
                        found.put(username, message);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static Optional<DecisionView> find(String decisionId) {
        return hub.bean(QueryGateway.class).query(new FindDecisionQuery(decisionId),
                                                  ResponseTypes.optionalInstanceOf(DecisionView.class)).join();
    }

    private static long eventCountOf(String decisionId) {
        return hub.bean(com.mongodb.client.MongoDatabase.class)
                  .getCollection(fr.entente.infra.eventstore.MongoEventStorageEngine.EVENTS)
                  .countDocuments(new org.bson.Document("aggregateIdentifier", decisionId));
    }

    private static String personIdOf(String username) {
        return hub.bean(fr.entente.infra.security.PersonAccounts.class).holderOf(username, null)
                  .map(account -> account.personId()).orElseThrow();
    }

}
