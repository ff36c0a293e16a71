package fr.entente.web.browser;

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
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.entente.web.browser.BrowserSteps.PASSWORD;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum's XSS corpus ({@code xss-vectors.txt}, at least 50 vectors, most from OWASP's filter evasion cheat sheet)
 * posted through the running hub as posts' texts and as threads' titles, then read where people read them: the thread,
 * space, notifications and search pages in headless Chromium, whose every document has hooks counting any call of
 * {@code alert}, {@code confirm}, {@code prompt}, {@code print} or {@code console} (installed before the page's own
 * scripts); no call may happen, no vector's marker global may be set, and the rendered DOM holds no script, frame, event
 * handler attribute or {@code javascript:}, {@code vbscript:} or {@code data:} URL. The mails the posts cause (at once,
 * and the daily digest, with GreenMail and a clock moved past 07:00) carry no active content in their HTML either.
 * A title with markup is refused with {@code forum.title-markup}, the others are shown as text.
 *
 * <p>One hub, one browser: the texts go into three threads, each title that a thread may have into a thread of its own.
 */
class ForumXssCorpusTest {

    private static final String COOPERATION = "coop-xss";
    private static final String BODY = "gt-xss";
    private static final String SPACE = SpaceIds.ofBody(COOPERATION, BODY);
    private static final String FORUM = "/api/cooperations/" + COOPERATION + "/forum";
    private static final String AUTHOR = "person-auteur-xss";
    private static final String REPLIER = "person-repondant-xss";
    private static final String READER = "person-lecteur-xss";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZonedDateTime BEFORE_SEVEN = ZonedDateTime.of(2027, 3, 2, 6, 50, 0, 0, PARIS);
    private static final int TEXT_THREADS = 3;

    /** Installed in every document before its scripts: counts what a vector that ran would call. */
    private static final String HOOKS = """
            (function () {
              function count(kind) {
                return function () {
                  var where = window;
                  try { where = window.top; where.__xssHits; } catch (e) { where = window; }
                  where.__xssHits = (where.__xssHits || []);
                  where.__xssHits.push(kind + ' ' + String(arguments[0]).slice(0, 80) + ' @ ' + location.href);
                };
              }
              ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) { window[name] = count(name); });
              ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']
                .forEach(function (name) { console[name] = count('console.' + name); });
            })();
            """;

    /** Calls hooked, marker set, and active content in the rendered page's main part, as a list of findings. */
    private static final String FINDINGS = """
            var found = (window.__xssHits || []).slice();
            if (window.xssMarker !== undefined) { found.push('window.xssMarker set'); }
            document.querySelectorAll('script').forEach(function (script) {
              var src = script.getAttribute('src') || '';
              if (script.type !== 'application/json' && !/^\\/(js|webjars)\\//.test(src)) {
                found.push('script not the hub\\'s ' + script.outerHTML.slice(0, 120));
              }
            });
            var main = document.querySelector('main') || document.body;
            main.querySelectorAll('script:not([type="application/json"]), iframe, frame, object, embed, base, meta, link, style, applet')
                .forEach(function (element) { found.push('element ' + element.outerHTML.slice(0, 120)); });
            main.querySelectorAll('*').forEach(function (element) {
              Array.prototype.forEach.call(element.attributes, function (attribute) {
                var name = attribute.name.toLowerCase();
                var value = attribute.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                if (name.indexOf('on') === 0) { found.push('handler ' + name + ' on ' + element.tagName); }
                if (/^(javascript|vbscript|data):/.test(value)) { found.push('url ' + name + '=' + attribute.value.slice(0, 80)); }
                if (name === 'style' && /expression|url\\(/.test(value)) { found.push('style ' + attribute.value.slice(0, 80)); }
              });
            });
            return found;
            """;

    @TempDir
    Path data;

    @Test
    void noVectorRunsInPagesAndNoneReachesAMailActive() throws Exception {
        List<String> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(50);
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        MovableClock clock = new MovableClock(BEFORE_SEVEN.toInstant());
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName(),
                                               context -> context.registerBean("forumMailClock", Clock.class, () -> clock),
                                               List.of("--spring.mail.host=127.0.0.1",
                                                       "--spring.mail.port=" + smtp.getSmtp().getPort(),
                                                       "--entente.forum.digest.first-check=PT1S",
                                                       "--entente.forum.digest.every=PT1S"))) {
            seed(hub);
            ApiClient author = ApiClient.signedIn(hub.port(), "auteur.xss", PASSWORD);
            ApiClient replier = ApiClient.signedIn(hub.port(), "repondant.xss", PASSWORD);
            ApiClient reader = ApiClient.signedIn(hub.port(), "lecteur.xss", PASSWORD);

            List<String> threads = new ArrayList<>();
            for (int part = 1; part <= TEXT_THREADS; part++) {
                threads.add(startThread(author, reader, "Corpus XSS, partie " + part, "Les vecteurs suivent en réponses."));
            }
            int replies = 0;
            for (int i = 0; i < vectors.size(); i++) {
                reply(replier, threads.get(i % TEXT_THREADS), vectors.get(i));
                replies++;
            }

            int refusedTitles = 0;
            for (String vector : vectors) {
                ApiClient.Response started = author.post(FORUM + "/spaces/" + SPACE + "/threads",
                                                         json("title", vector, "text", "Titre à l'essai."));
                if (started.status() == 422) {
                    assertThat(started.json().path("code").asText()).as(vector).isEqualTo("forum.title-markup");
                    assertThat(started.json().path("field").asText()).isEqualTo("title");
                    refusedTitles++;
                    continue;
                }
                assertThat(started.status()).as(started.toString()).isEqualTo(201);
                String threadId = started.json().path("threadId").asText();
                awaitThread(reader, threadId);
                follow(reader, threadId);
                threads.add(threadId);
                reply(replier, threadId, "Vu.");
                replies++;
            }
            assertThat(refusedTitles).as("titles with markup are refused").isPositive();
            assertThat(threads.size() - TEXT_THREADS).as("titles without markup are accepted").isPositive();

            int atOnce = replies;
            List<MimeMessage> mailsAtOnce = eventually(() -> Optional.of(mailsTo(smtp, "auteur@example.fr"))
                                                                     .filter(mails -> mails.size() >= atOnce));
            clock.moveTo(BEFORE_SEVEN.plusMinutes(15).toInstant());
            MimeMessage digest = eventually(() -> mailsTo(smtp, "lecteur@example.fr").stream()
                                                                 .filter(mail -> subject(mail).startsWith("Forum"))
                                                                 .findFirst());
            System.out.printf("XSS corpus: %d vectors, %d titles refused, %d threads, %d mails%n", vectors.size(),
                              refusedTitles, threads.size(), smtp.getReceivedMessages().length);
            List<String> mailFindings = new ArrayList<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                mailFindings.addAll(activeContentOf(mail));
            }
            assertThat(content(digest)).contains("alert(1)");
            assertThat(mailsAtOnce.stream().map(ForumXssCorpusTest::content)).anyMatch(text -> text.contains("alert(1)"));
            assertThat(mailFindings).as("active content in the mails").isEmpty();
            assertThat(ActiveHtml.findIn("<p>&lt;script&gt; <a title=\"a&quot; onclick=&quot;x\" href=\"jav&#x61;script:x\" "
                                         + "onmouseover=y>z</a></p>"))
                    .as("the mails' check finds what it looks for").hasSize(2);

            List<String> pageFindings = new ArrayList<>();
            try (HeadlessChromium browser = HeadlessChromium.start()) {
                WebDriver driver = browser.driver();
                ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOKS));
                String base = "http://localhost:" + hub.port();
                signIn(driver, base, "lecteur.xss");
                String pages = base + "/cooperations/" + COOPERATION + "/forum";
                pageFindings.addAll(render(driver, pages + "/espaces/" + SPACE));
                pageFindings.addAll(render(driver, base + "/notifications"));
                pageFindings.addAll(render(driver, pages + "/recherche?q=alert"));
                pageFindings.addAll(render(driver, pages + "/recherche?q=javascript"));
                for (String threadId : threads) {
                    pageFindings.addAll(render(driver, pages + "/fils/" + threadId));
                }
                ((JavascriptExecutor) driver).executeScript("alert('the hooks count');");
                ((JavascriptExecutor) driver).executeScript(
                        "document.querySelector('main').insertAdjacentHTML('beforeend', '<a href=\" javascript:x\" onclick=\"y\">z</a>');");
                assertThat((List<?>) ((JavascriptExecutor) driver).executeScript(FINDINGS))
                        .as("the pages' check finds a call, a URL and a handler").hasSize(3);
            }
            assertThat(pageFindings).as("what ran or could run in the pages").isEmpty();
        } finally {
            smtp.stop();
        }
    }

    /** Opens the page and gives what its hooks counted and what of its DOM could run. */
    @SuppressWarnings("unchecked")
    private static List<String> render(WebDriver driver, String url) {
        driver.get(url);
        assertThat(driver.getTitle()).as(url).doesNotContain("404", "500", "introuvable");
        List<String> found = new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript(FINDINGS));
        found.replaceAll(finding -> url + ": " + finding);
        return found;
    }

    private static String startThread(ApiClient author, ApiClient reader, String title, String text) {
        ApiClient.Response started = author.post(FORUM + "/spaces/" + SPACE + "/threads", json("title", title, "text", text));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String threadId = started.json().path("threadId").asText();
        awaitThread(reader, threadId);
        follow(reader, threadId);
        return threadId;
    }

    private static void awaitThread(ApiClient reader, String threadId) {
        eventually(() -> Optional.of(reader.get(FORUM + "/threads/" + threadId)).filter(found -> found.status() == 200));
    }

    /** The reader follows the thread: its new posts wait for their digest (the default for a followed thread). */
    private static void follow(ApiClient reader, String threadId) {
        assertThat(reader.put(FORUM + "/threads/" + threadId + "/following", "{}").status()).isBetween(200, 204);
    }

    private static void reply(ApiClient replier, String threadId, String text) {
        ApiClient.Response written = replier.post(FORUM + "/threads/" + threadId + "/posts", json("text", text));
        assertThat(written.status()).as(text + " " + written).isEqualTo(201);
    }

    private void seed(RunningHub hub) {
        system(hub, new CreateCooperationCommand(COOPERATION, "Coopération du corpus XSS", "Hauts-de-France"));
        system(hub, new AddMemberCentreCommand(COOPERATION, "59", "CDG du Nord"));
        system(hub, new CreateBodyCommand(COOPERATION, BODY, BodyKind.WORKING_GROUP, "Groupe du corpus XSS"));
        PersonAccounts accounts = hub.bean(PersonAccounts.class);
        SpaceRoster roster = hub.bean(SpaceRoster.class);
        for (String[] person : List.of(new String[] {AUTHOR, "auteur.xss", "Alice Auteur", "auteur@example.fr"},
                                       new String[] {REPLIER, "repondant.xss", "Rémi Répondant", "repondant@example.fr"},
                                       new String[] {READER, "lecteur.xss", "Léa Lectrice", "lecteur@example.fr"})) {
            system(hub, new RegisterPersonCommand(COOPERATION, person[0], "cdg-59"));
            system(hub, new AddBodyMemberCommand(COOPERATION, BODY, person[0], BodyRole.MEMBER));
            accounts.createActiveAccount(person[0], person[1], person[2], person[3], PASSWORD);
            eventually(() -> roster.roleOf(COOPERATION, SPACE, person[0]));
        }
    }

    private static void system(RunningHub hub, Object command) {
        hub.bean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                                        .andMetaData(Actor.system(COOPERATION).toMetaData()));
    }

    /** The corpus: one vector a line, {@code \n} and {@code \t} standing for a line break and a tab. */
    static List<String> vectors() throws IOException {
        try (InputStream in = ForumXssCorpusTest.class.getResourceAsStream("xss-vectors.txt")) {
            assertThat(in).as("xss-vectors.txt").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\n", "\n").replace("\\t", "\t"))
                    .toList();
        }
    }

    private static List<MimeMessage> mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What in a mail's HTML parts could run; its other parts must be plain text (a client shows them as typed). */
    private static List<String> activeContentOf(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                List<String> found = new ArrayList<>();
                for (int i = 0; i < multipart.getCount(); i++) {
                    found.addAll(activeContentOf(multipart.getBodyPart(i)));
                }
                return found;
            }
            if (part.isMimeType("text/html")) {
                return ActiveHtml.findIn(content.toString());
            }
            return part.isMimeType("text/plain") ? List.of() : List.of("a part of type " + part.getContentType());
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every text part of the mail, plain and HTML, decoded. */
    private static String content(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(content(multipart.getBodyPart(i))).append('\n');
                }
                return all.toString();
            }
            return content.toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(String... namesAndValues) {
        com.fasterxml.jackson.databind.node.ObjectNode node = ApiClient.JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return node.toString();
    }

    /** The mail clock of the hub, which the test moves past 07:00 to let the digest go. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant later) {
            now = later;
        }

        @Override
        public ZoneId getZone() {
            return PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
