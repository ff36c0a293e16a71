package fr.entente.web.meeting;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.meeting.api.MeetingLimits;
import fr.entente.web.testing.RunningHub;
import fr.entente.web.testing.SignedInSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working-group meeting through its pages, as a browser without JavaScript uses them, on the running hub with its
 * demo data: the officer schedules it, a referent requests an item, the officer accepts it, publishes, runs the
 * meeting (current item, notes, a proposal, an action, attendance) and closes it; the minutes are drafted, edited,
 * submitted, approved by the convenor and published; the PDF holds the record of proposals; refusals are shown with
 * their forms, and people outside the body get the 404 page.
 */
class MeetingPagesTest {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String BODY_PAGE = "/cooperations/hauts-de-france/instances/groupe-de-travail";
    private static final Pattern MEETING_LINK = Pattern.compile("/cooperations/hauts-de-france/reunions/([A-Za-z0-9-]+)\"");

    @TempDir
    static Path data;

    private static RunningHub hub;
    private static SignedInSession officer;
    private static SignedInSession convenor;
    private static SignedInSession referent;
    private static SignedInSession director;

    @BeforeAll
    static void start() throws Exception {
        hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
        officer = SignedInSession.signIn(hub.port(), "officer.59", PASSWORD);
        convenor = SignedInSession.signIn(hub.port(), "referent.59", PASSWORD);
        referent = SignedInSession.signIn(hub.port(), "referent.60", PASSWORD);
        director = SignedInSession.signIn(hub.port(), "directeur.02", PASSWORD);
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void aMeetingFromSchedulingToPublishedMinutesThroughThePages() throws Exception {
        String meeting = schedule("Réunion de décembre", LocalDate.now().plusDays(20));
        String page = "/cooperations/hauts-de-france/reunions/" + meeting;

        HttpResponse<String> requested = referent.postForm(page, page + "/demandes", Map.of("title", "Enquête flash sur l’absentéisme",
                "purpose", "DECISION", "description", "Lancer l’enquête auprès des collectivités de l’Oise", "expectedMinutes", "30"));
        assertThat(followed(referent, requested)).contains("Votre demande « Enquête flash sur l’absentéisme » est envoyée");
        String requestId = eventually(officer, page, body -> body.contains("Enquête flash")).replaceAll("(?s).*id=\"demande-([0-9a-f-]{36})\".*", "$1");

        assertThat(followed(officer, officer.postForm(page, page + "/demandes/acceptation", Map.of("requestIds", requestId))))
                .contains("Le point « Enquête flash sur l’absentéisme » est inscrit à l’ordre du jour.");
        eventually(officer, page, body -> body.contains("retenue à l’ordre du jour"));
        assertThat(followed(officer, officer.postForm(page, page + "/publication", Map.of())))
                .contains("L’ordre du jour est publié (version 1)");
        String published = eventually(referent, page, body -> body.contains("Publié (version 1)"));
        assertThat(published).contains("Enquête flash sur l’absentéisme", "pour décision", "30 min")
                             .doesNotContain("Demander un point à l’ordre du jour");

        HttpResponse<String> opened = officer.postForm(page, page + "/ouverture", Map.of());
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith(page + "/en-direct");
        String live = page + "/en-direct";
        String itemId = eventually(officer, live, body -> body.contains("Aborder")).replaceAll("(?s).*name=\"itemId\" value=\"([^\"]+)\".*", "$1");
        assertThat(followed(officer, officer.postForm(live, page + "/point-courant", Map.of("itemId", itemId))))
                .contains("Le point en cours a changé");
        eventually(referent, live, body -> body.contains("id=\"point-courant-titre\">Enquête flash"));

        assertThat(followed(referent, referent.postForm(live, page + "/notes", Map.of("itemId", itemId, "blockId", "note-oise",
                "baseVersion", "0", "text", "L’Oise propose un questionnaire court.")))).contains("Note enregistrée.");
        eventually(officer, live, body -> body.contains("L’Oise propose un questionnaire court."));
        assertThat(followed(officer, officer.postForm(live, page + "/notes", Map.of("itemId", itemId, "blockId", "note-oise",
                "baseVersion", "1", "text", "L’Oise propose un questionnaire court, validé par le CDG 59."))))
                .contains("Note enregistrée.");
        assertThat(followed(referent, referent.postForm(live, page + "/notes", Map.of("itemId", itemId, "blockId", "note-oise",
                "baseVersion", "1", "text", "L’Oise enverra le questionnaire avant janvier."))))
                .contains("votre texte est conservé à côté du sien");
        String notes = eventually(officer, live, body -> body.contains("avant janvier"));
        assertThat(notes).contains("validé par le CDG 59", "Modification faite en même temps qu’une autre");

        assertThat(followed(officer, officer.postForm(live, page + "/propositions", Map.of("itemId", itemId,
                "text", "Lancer l’enquête flash en janvier", "proposedBy", "organisation:cdg-60", "outcome", "ADOPTED"))))
                .contains("La proposition est consignée");
        String proposalId = eventually(officer, live, body -> body.contains("Corriger la suite"))
                .replaceAll("(?s).*name=\"proposalId\" value=\"([^\"]+)\".*", "$1");
        assertThat(followed(officer, officer.postForm(live, page + "/propositions/suite", Map.of("proposalId", proposalId,
                "outcome", "DEFERRED")))).contains("La suite donnée à la proposition est corrigée.");
        assertThat(followed(officer, officer.postForm(live, page + "/actions", Map.of("itemId", itemId,
                "what", "Envoyer le questionnaire", "owner", "organisation:cdg-60", "dueDate", "2027-01-15"))))
                .contains("L’action est consignée.");
        officer.postForm(live, page + "/presences", Map.of("personId", personId("referent.60"), "status", "PRESENT"));
        eventually(referent, live, body -> body.contains("Lancer l’enquête flash en janvier") && body.contains("Envoyer le questionnaire"));
        assertThat(followed(officer, officer.postForm(live, page + "/cloture", Map.of("confirme", "oui")))).contains("La réunion est close.");

        String minutes = page + "/compte-rendu";
        eventually(officer, minutes, body -> body.contains("Rédiger le brouillon"));
        assertThat(referent.get("/").body()).as("an ended meeting is not one of the next ones")
                                            .doesNotContain("Réunion de décembre");
        assertThat(followed(officer, officer.postForm(minutes, page + "/compte-rendu/brouillon", Map.of())))
                .contains("Le brouillon du compte rendu est rédigé");
        String draft = eventually(officer, minutes, body -> body.contains("Brouillon (version 1)"));
        assertThat(draft).contains("validé par le CDG 59", "avant janvier")
                         .containsPattern("id=\"texte-edition\"[^>]*maxlength=\"" + MeetingLimits.MINUTES + "\"");
        assertThat(referent.get(minutes).body()).contains("n’est pas encore publié").doesNotContain("id=\"titre-texte\"", "lien-pdf");
        assertThat(followed(officer, officer.postForm(minutes, page + "/compte-rendu/texte", Map.of("baseVersion", "1",
                "text", "## Décisions\n\nLe groupe de travail adopte l’enquête flash.\n\n<script>alert('cr')</script>"))))
                .contains("Le texte est enregistré (version 2).");
        eventually(officer, minutes, body -> body.contains("Brouillon (version 2)"));
        HttpResponse<String> stale = officer.postForm(minutes, page + "/compte-rendu/texte", Map.of("baseVersion", "1", "text", "Texte d’une autre fenêtre"));
        String stalePage = officer.refusedAt(minutes, stale);
        assertThat(stalePage).contains("role=\"alert\"", "Texte d’une autre fenêtre");
        followed(officer, officer.postForm(minutes, page + "/compte-rendu/soumission", Map.of()));
        eventually(convenor, minutes, body -> body.contains("Approuver le compte rendu"));
        assertThat(followed(convenor, convenor.postForm(minutes, page + "/compte-rendu/approbation", Map.of("mode", "CONVENOR"))))
                .contains("Le compte rendu est approuvé");
        eventually(officer, minutes, body -> body.contains("Publier le compte rendu à l’instance"));
        followed(officer, officer.postForm(minutes, page + "/compte-rendu/publication", Map.of()));
        String publishedPage = eventually(referent, minutes, body -> body.contains("Publié à l’instance"));
        assertThat(publishedPage)
                .contains("<h4>Décisions</h4>", "Le groupe de travail adopte l’enquête flash.", "Relevé des propositions",
                          "Lancer l’enquête flash en janvier", "Centre de Gestion de l&#39;Oise", "ajournée",
                          "Envoyer le questionnaire", "15 janvier 2027")
                .as("what the officer drafted, rendered and cleaned; the notes are not the minutes")
                .doesNotContain("## Décisions", "alert('cr')", "L’Oise enverra le questionnaire avant janvier.", "Notes de séance");
        assertThat(publishedPage).as("the outcome's history, who and when")
                             .containsPattern("<li>adoptée, par Chargé·e de mission[^<]*, le \\d+ \\p{L}+ \\d{4}")
                             .containsPattern("<li>ajournée, par Chargé·e de mission");
        assertThat(publishedPage.split("Relevé des propositions</h2>", -1)).as("each section once").hasSize(2);
        assertThat(publishedPage.split(">Actions</h2>", -1)).hasSize(2);

        HttpResponse<byte[]> pdf = bytes(referent, minutes + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // (the text extractor splits words that a table cell wraps: "l’ enquête")
            assertThat(text).contains("Compte rendu", "Décisions", "Relevé des propositions", "enquête flash en janvier",
                                      "ajournée", "Le groupe de travail adopte l’enquête flash.", "Envoyer le questionnaire",
                                      "adoptée, par Chargé·e de mission")
                            .doesNotContain("Notes de séance", "L’Oise enverra le questionnaire avant janvier.", "## ");
            assertThat(text.split("Relevé des propositions", -1)).as("each section once on paper too").hasSize(2);
            assertThat(document.getDocumentInformation().getTitle()).contains("Réunion de décembre");
        }

        // the technical committee and the steering committee, which the working group reports to, read what it
        // published (seed 001, art. 3.2), and only that
        String read = eventually(director, minutes, body -> body.contains("Publié à l’instance"));
        assertThat(read).contains("que vous lisez comme membre d’une instance à laquelle elle rend compte",
                                  "Le groupe de travail adopte l’enquête flash.", "Lancer l’enquête flash en janvier",
                                  "Envoyer le questionnaire")
                        .doesNotContain("Retour à la réunion", "L’Oise enverra le questionnaire", "action=\"" + page, "reunion.js");
        assertThat(bytes(director, minutes + ".pdf").statusCode()).isEqualTo(200);
        assertThat(director.get(page).statusCode()).as("the meeting stays the working group's").isEqualTo(404);
        assertThat(director.get(page + "/en-direct").statusCode()).isEqualTo(404);
        assertThat(director.get("/cooperations/hauts-de-france/instances/comite-technique").body())
                .contains("Comptes rendus publiés par les instances qui lui rendent compte", page + "/compte-rendu\"",
                          "Réunion de décembre");
        SignedInSession president = SignedInSession.signIn(hub.port(), "president.60", PASSWORD);
        assertThat(president.get(minutes).statusCode()).isEqualTo(200);
    }

    @Test
    void aProposalReferredToTheTechnicalCommitteeWaitsOnItsPageUntilItsConvenorPutsItOnAnAgenda() throws Exception {
        ApiClient officerApi = ApiClient.signedIn(hub.port(), "officer.59", PASSWORD);
        String groupMeeting = schedule("Réunion qui renvoie", LocalDate.now().plusDays(25));
        String api = "/api/cooperations/hauts-de-france/meetings/" + groupMeeting;
        String itemId = officerApi.post(api + "/agenda/items", "{\"title\":\"Études\",\"purpose\":\"DECISION\"}")
                                  .json().path("itemId").asText();
        assertThat(officerApi.post(api + "/start", "").status()).isEqualTo(204);
        assertThat(officerApi.post(api + "/proposals", "{\"itemId\":\"" + itemId + "\",\"proposedByOrganisationId\":\"cdg-59\","
                + "\"text\":\"Arbitrer la diffusion de l’étude sur les concours\",\"outcome\":\"REFERRED\","
                + "\"referredToBodyId\":\"comite-technique\"}").status()).isEqualTo(201);

        String committee = "/cooperations/hauts-de-france/instances/comite-technique";
        SignedInSession convenorOfCommittee = SignedInSession.signIn(hub.port(), "directeur.80", PASSWORD);
        String waiting = eventually(director, committee, body -> body.contains("Arbitrer la diffusion"));
        assertThat(waiting).contains("Propositions renvoyées à l’instance, en attente d’une réunion",
                                     "renvoyée par « Groupe de travail de l&#39;observatoire régional de l&#39;emploi »")
                           .doesNotContain("Inscrire aux demandes");
        ApiClient committeeApi = ApiClient.signedIn(hub.port(), "directeur.80", PASSWORD);
        String committeeMeeting = committeeApi.post("/api/cooperations/hauts-de-france/bodies/comite-technique/meetings", """
                {"title":"Comité technique de janvier","date":"%s","startTime":"14:00","endTime":"16:00","place":"Amiens"}"""
                .formatted(LocalDate.now().plusDays(40))).json().path("meetingId").asText();
        String form = eventually(convenorOfCommittee, committee, body -> body.contains("Inscrire aux demandes"));
        String proposalId = form.replaceAll("(?s).*name=\"proposalId\" value=\"([^\"]+)\".*", "$1");

        assertThat(followed(convenorOfCommittee, convenorOfCommittee.postForm(committee, committee + "/renvois", Map.of(
                "fromMeetingId", groupMeeting, "proposalId", proposalId, "meetingId", committeeMeeting))))
                .contains("La proposition renvoyée est inscrite aux demandes de la réunion « Arbitrer la diffusion de l’étude sur les concours »");
        assertThat(eventually(convenorOfCommittee, "/cooperations/hauts-de-france/reunions/" + committeeMeeting,
                              body -> body.contains("Arbitrer la diffusion")))
                .contains("Renvoi de l’instance « Groupe de travail de l&#39;observatoire régional de l&#39;emploi »",
                          "/cooperations/hauts-de-france/reunions/" + groupMeeting + "/compte-rendu");
        assertThat(eventually(officer, "/cooperations/hauts-de-france/reunions/" + groupMeeting + "/en-direct",
                              body -> body.contains("inscrite aux demandes d’une réunion de cette instance")))
                .contains("/cooperations/hauts-de-france/reunions/" + committeeMeeting + "\"");
    }

    @Test
    void aDateInThePastIsWarnedAboutAndTakenOnlyOnceConfirmed() throws Exception {
        Map<String, String> inThePast = Map.of("title", "Réunion de 2025", "date", "2025-03-11", "startTime", "14:00",
                                               "endTime", "16:00", "place", "Lille");
        String warned = officer.refusedAt(BODY_PAGE, officer.postForm(BODY_PAGE, BODY_PAGE + "/reunions", inThePast));
        assertThat(warned).contains("Cette date est passée", "La date passée est voulue", "value=\"Réunion de 2025\"");
        assertThat(officer.get(BODY_PAGE).body()).as("nothing scheduled yet").doesNotContain(">Réunion de 2025<");

        Map<String, String> confirmed = new java.util.HashMap<>(inThePast);
        confirmed.put("datePasseeConfirmee", "oui");
        assertThat(followed(officer, officer.postForm(BODY_PAGE, BODY_PAGE + "/reunions", confirmed)))
                .contains("La réunion « Réunion de 2025 »");

        String meeting = schedule("Réunion aux actions datées", LocalDate.now().plusDays(3));
        String page = "/cooperations/hauts-de-france/reunions/" + meeting;
        ApiClient officerApi = ApiClient.signedIn(hub.port(), "officer.59", PASSWORD);
        String api = "/api/cooperations/hauts-de-france/meetings/" + meeting;
        String itemId = officerApi.post(api + "/agenda/items", "{\"title\":\"Suivi\",\"purpose\":\"INFORMATION\"}")
                                  .json().path("itemId").asText();
        officerApi.post(api + "/start", "");
        officerApi.put(api + "/current-item", "{\"itemId\":\"" + itemId + "\"}");
        String live = page + "/en-direct";
        eventually(officer, live, body -> body.contains("Consigner en séance"));
        String late = officer.refusedAt(live, officer.postForm(live, page + "/actions", Map.of("itemId", itemId,
                "what", "Relancer les collectivités", "owner", "organisation:cdg-60", "dueDate", "2020-01-15")));
        assertThat(late).contains("Cette date est passée", "value=\"Relancer les collectivités\"");
        assertThat(officerApi.get(api).json().path("actions")).as("no action recorded").isEmpty();
    }

    @Test
    void theMeetingPagesSpeakEnglishWhenAsked() throws Exception {
        String meeting = schedule("Réunion d’avril", LocalDate.now().plusDays(80));
        String page = "/cooperations/hauts-de-france/reunions/" + meeting;
        SignedInSession english = SignedInSession.signIn(hub.port(), "referent.62", PASSWORD);

        assertThat(english.get(page + "?lang=en").body()).contains("<html lang=\"en\"", "Agenda", "Request an agenda item",
                                                                   "Meeting scheduled", "Add to my calendar (.ics)");
        assertThat(english.get(page + "/en-direct").body()).contains("Current item", "Record of proposals");
        assertThat(english.get(page + "/compte-rendu").body()).contains("The minutes are not published yet");
    }

    @Test
    void refusalsAreShownWithTheirFormAndChangeNothing() throws Exception {
        String meeting = schedule("Réunion de février", LocalDate.now().plusDays(40));
        String page = "/cooperations/hauts-de-france/reunions/" + meeting;

        HttpResponse<String> blank = referent.postForm(page, page + "/demandes", Map.of("title", " ", "purpose", "DISCUSSION"));
        String blankPage = referent.refusedAt(page, blank);
        assertThat(blankPage).contains("role=\"alert\"", "id=\"demande-titre\"");
        HttpResponse<String> notTheOfficer = referent.postForm(page, page + "/publication", Map.of());
        String notTheOfficerPage = referent.refusedAt(page, notTheOfficer);
        assertThat(notTheOfficerPage).contains("role=\"alert\"");
        HttpResponse<String> empty = officer.postForm(page, page + "/publication", Map.of());
        String emptyPage = officer.refusedAt(page, empty);
        assertThat(officer.get(page).body()).doesNotContain("Publié (version");

        HttpResponse<String> badDate = officer.postForm(BODY_PAGE, BODY_PAGE + "/reunions", Map.of("title", "Réunion sans date",
                "date", "demain", "startTime", "14:00", "endTime", "16:00", "place", "Lille"));
        String badDatePage = officer.refusedAt(BODY_PAGE, badDate);
        assertThat(badDatePage).contains("« demain » n’est pas une date ou une heure lisible", "value=\"Réunion sans date\"");
    }

    @Test
    void onlyTheMembersOfTheBodySeeItsMeetings() throws Exception {
        String meeting = schedule("Réunion de mars", LocalDate.now().plusDays(60));
        String page = "/cooperations/hauts-de-france/reunions/" + meeting;

        assertThat(director.get(page).statusCode()).isEqualTo(404);
        assertThat(director.get(page + "/en-direct").statusCode()).isEqualTo(404);
        assertThat(director.get(page + "/compte-rendu.pdf").statusCode()).isEqualTo(404);
        assertThat(director.get(page + "/compte-rendu").statusCode()).as("no minutes published yet").isEqualTo(404);
        assertThat(director.get(BODY_PAGE).body()).doesNotContain("Réunion de mars", "Planifier une réunion");
        assertThat(referent.get(BODY_PAGE).body()).contains("Réunion de mars").doesNotContain("Planifier une réunion");
        HttpResponse<String> intruder = director.postForm("/", page + "/demandes", Map.of("title", "Intrusion", "purpose", "DECISION"));
        assertThat(intruder.statusCode()).isEqualTo(404);
    }

    @Test
    void aYearlySeriesPlansTheSecondTuesdayOfEveryMonth() throws Exception {
        int year = LocalDate.now().getYear() + 1;
        HttpResponse<String> planned = officer.postForm(BODY_PAGE, BODY_PAGE + "/series", Map.of("title", "Groupe de travail mensuel",
                "ordinal", "2", "dayOfWeek", "TUESDAY", "firstDate", year + "-01-01", "lastDate", year + "-12-31",
                "startTime", "14:00", "endTime", "16:30", "place", "CDG 59, Lille"));

        assertThat(followed(officer, planned)).contains("12 réunions sont planifiées");
        String body = eventually(referent, BODY_PAGE, page -> page.split("Groupe de travail mensuel", -1).length > 12);
        DateTimeFormatter french = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
        for (Month month : Month.values()) {
            LocalDate secondTuesday = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
            assertThat(body).contains(french.format(secondTuesday) + ", de 14:00 à 16:30");
        }
    }

    private static String schedule(String title, LocalDate date) throws IOException, InterruptedException {
        HttpResponse<String> scheduled = officer.postForm(BODY_PAGE, BODY_PAGE + "/reunions", Map.of("title", title,
                "date", date.toString(), "startTime", "14:00", "endTime", "16:30", "place", "CDG 59, Lille"));
        assertThat(followed(officer, scheduled)).contains("La réunion « " + title + " »");
        String page = eventually(officer, BODY_PAGE, body -> body.contains(title));
        Matcher link = Pattern.compile("/cooperations/hauts-de-france/reunions/([A-Za-z0-9-]+)\">" + Pattern.quote(title)).matcher(page);
        assertThat(link.find()).as("a link to the meeting " + title).isTrue();
        return link.group(1);
    }

    private static String followed(SignedInSession session, HttpResponse<String> redirect) throws IOException, InterruptedException {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return session.get(location.replaceFirst("^https?://[^/]+", "")).body();
    }

    private static String eventually(SignedInSession session, String path, Predicate<String> shows) {
        return ApiWorld.eventually(() -> {
            try {
                HttpResponse<String> response = session.get(path);
                return response.statusCode() == 200 && shows.test(response.body()) ? Optional.of(response.body()) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static HttpResponse<byte[]> bytes(SignedInSession session, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + hub.port() + path))
                                                          .header("Cookie", session.cookieHeader()).build(),
                                               HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String personId(String username) {
        return java.util.UUID.nameUUIDFromBytes(("entente-demo:" + username).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
