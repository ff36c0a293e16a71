package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.MovableClock;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read receipts ("à lire") on a hub of its own with an SMTP server (GreenMail) and a clock the test moves: the officer
 * sends a document to read to both referents with a day's delay; the officer sees who has opened (downloaded) it and
 * who has not, a referent only their own line; a day and an hour later the referent who has not opened it gets one
 * reminder mail, never a second; the document's page shows it all, in French and English. Bad input is a problem
 * naming its field, nothing in the log.
 */
class DocumentReadReceiptsTest {

    private static final MovableClock CLOCK = new MovableClock();

    private static GreenMail smtp;
    private static ApiWorld world;
    private static ApiClient officer;
    private static ApiClient referentA;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        world = ApiWorld.startWith(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                                           "--entente.documents.reminders.first-check=PT1S",
                                           "--entente.documents.reminders.every=PT1S"),
                                   context -> context.registerBean("documentsClock", Clock.class, () -> CLOCK));
        DocumentCorner.seat(world);
        officer = world.signedIn(OFFICER);
        referentA = world.signedIn(REFERENT_A);
    }

    @AfterAll
    static void stop() {
        world.close();
        smtp.stop();
    }

    @Test
    void theOfficerSeesWhoOpenedItAndTheOthersAreRemindedOnce() throws Exception {
        String documentId = uploaded(officer, null, "Résultats étude RSU.pdf", PDF).path("documentId").asText();
        String document = D + "/documents/" + documentId;
        assertThat(officer.post(document + "/reading-requests", "{\"readerIds\":[\"" + REFERENT_A.personId() + "\",\""
                                                               + REFERENT_B.personId() + "\"],\"remindAfterHours\":24}")
                          .status()).isEqualTo(204);

        JsonNode readers = officer.get(document).json().path("readers");
        assertThat(readers).hasSize(2);
        assertThat(readers.findValuesAsText("personName")).containsExactlyInAnyOrder("Aurélien Dépôt", "Bérénice Lecture");
        readers.forEach(reader -> assertThat(reader.path("openedAt").isNull()).isTrue());

        assertThat(referentA.getBytes(document + "/content", Map.of()).statusCode()).isEqualTo(200);
        JsonNode afterDownload = officer.get(document).json().path("readers");
        assertThat(line(afterDownload, REFERENT_A.personId()).path("openedAt").isNull()).as("A opened it").isFalse();
        assertThat(line(afterDownload, REFERENT_B.personId()).path("openedAt").isNull()).isTrue();
        assertThat(referentA.get(document).json().path("readers").findValuesAsText("personId"))
                .as("a reader sees their own line only").containsExactly(REFERENT_A.personId());

        CLOCK.advance(Duration.ofHours(23));
        TimeUnit.SECONDS.sleep(3);
        assertThat(smtp.getReceivedMessages()).as("before the delay").isEmpty();

        CLOCK.advance(Duration.ofHours(2));
        MimeMessage reminder = eventually(() -> Optional.of(smtp.getReceivedMessages()).filter(all -> all.length > 0))[0];
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo(REFERENT_B.username() + "@example.fr");
        assertThat(reminder.getSubject()).isEqualTo("À lire : « Résultats étude RSU.pdf »");
        String body = GreenMailUtil.getBody(reminder);
        assertThat(body).contains("Odile Documents", "/fichiers/" + documentId + "/fiche");
        TimeUnit.SECONDS.sleep(3);
        assertThat(smtp.getReceivedMessages()).as("one reminder, to B only, once").hasSize(1);
        assertThat(line(officer.get(document).json().path("readers"), REFERENT_B.personId()).path("remindedAt").isNull())
                .isFalse();

        String page = officer.getPage("/cooperations/" + HDF + "/documents/" + SPACE + "/fichiers/" + documentId + "/fiche")
                             .body();
        assertThat(page).contains("À lire : qui l’a ouvert", "Aurélien Dépôt", "Ouvert le", "Bérénice Lecture",
                                  "Pas encore ouvert", "Envoyée le", "Envoyer à lire");
        String english = world.signedIn(OFFICER).choosingLanguage("en")
                              .getPage("/cooperations/" + HDF + "/documents/" + SPACE + "/fichiers/" + documentId + "/fiche")
                              .body();
        assertThat(english).contains("To read: who has opened it", "Opened on", "Not opened yet");
        String referentsPage = world.signedIn(REFERENT_B)
                                    .getPage("/cooperations/" + HDF + "/documents/" + SPACE + "/fichiers/" + documentId
                                             + "/fiche").body();
        assertThat(referentsPage).contains("Odile Documents vous a demandé de lire ce document")
                                 .doesNotContain("id=\"accuses\"", "lecteur-" + REFERENT_A.personId());
    }

    @Test
    void thePageSendsItToRead() {
        String documentId = uploaded(officer, null, "Note au CODIR.pdf", PDF).path("documentId").asText();
        String sheet = "/cooperations/" + HDF + "/documents/" + SPACE + "/fichiers/" + documentId;
        ApiClient.Response answer = officer.form(sheet + "/a-lire", Map.of("readerIds", REFERENT_B.personId(),
                                                                           "remindAfterHours", "48"), "text/html");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith(sheet + "/fiche");
        assertThat(officer.getPage(sheet + "/fiche").body()).contains("Le document est envoyé à lire à 1 personne.",
                                                                     "lecteur-person-referent-b-docs");
        JsonNode readers = officer.get(D + "/documents/" + documentId).json().path("readers");
        assertThat(readers.findValuesAsText("personId")).containsExactly(REFERENT_B.personId());

        ApiClient.Response refused = officer.form(sheet + "/a-lire", Map.of("remindAfterHours", "48"), "text/html");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(officer.getPage(sheet + "/fiche").body()).contains("Choisissez au moins une personne");
    }

    @Test
    void badInputIsAProblemNamingItsFieldAndNothingIsLogged() {
        String documentId = uploaded(officer, null, "Brouillon.pdf", PDF).path("documentId").asText();
        String requests = D + "/documents/" + documentId + "/reading-requests";
        long events = world.eventCount();
        long chunks = chunks(world);

        assertThat(refused(world, events, chunks, officer.post(requests, "{\"readerIds\":[],\"remindAfterHours\":24}"),
                           422, "document.readers-required").path("field").asText()).isEqualTo("readerIds");
        assertThat(refused(world, events, chunks, officer.post(requests, "{\"readerIds\":[\"" + REFERENT_A.personId()
                                                                         + "\"],\"remindAfterHours\":0}"),
                           422, "document.reminder-delay-invalid").path("field").asText()).isEqualTo("remindAfterHours");
        JsonNode outside = refused(world, events, chunks, officer.post(requests, "{\"readerIds\":[\"" + MEMBER_HDF.personId()
                                                                                  + "\"],\"remindAfterHours\":24}"),
                                   404, "document.reader-cannot-see");
        assertThat(outside.path("field").asText()).isEqualTo("readerIds");
        refused(world, events, chunks, officer.post(requests, "{\"readerIds\":[\"" + ADMIN_BZH.personId()
                                                              + "\"],\"remindAfterHours\":24}"),
                404, "document.reader-cannot-see");
        refused(world, events, chunks, world.signedIn(ADMIN_BZH).post(
                "/api/cooperations/bretagne/documents/spaces/" + SPACE + "/documents/" + documentId + "/reading-requests",
                "{\"readerIds\":[\"" + REFERENT_A.personId() + "\"],\"remindAfterHours\":24}"), 404, "document.not-found");
    }

    private static JsonNode line(JsonNode readers, String personId) {
        for (JsonNode reader : readers) {
            if (reader.path("personId").asText().equals(personId)) {
                return reader;
            }
        }
        throw new AssertionError("no line for " + personId + " in " + readers);
    }
}
