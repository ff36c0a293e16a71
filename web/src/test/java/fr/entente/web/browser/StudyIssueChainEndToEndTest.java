package fr.entente.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.entente.web.browser.BrowserSteps.PASSWORD;
import static fr.entente.web.browser.BrowserSteps.check;
import static fr.entente.web.browser.BrowserSteps.signIn;
import static fr.entente.web.browser.BrowserSteps.submit;
import static fr.entente.web.browser.BrowserSteps.waitFor;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's whole chain, as its Tests section tells it, through a hub of its own with the demo data of
 * Hauts-de-France (so that no other test's study, meeting or decision is in the way): referent.60 requests an agenda
 * item → the working group's meeting records a proposal "Étude sur l'absentéisme 2025" → the technical committee
 * adopts it by e-mail arbitration → officer.59 launches it with CDG 59 as lead → results uploaded → presented to the
 * technical committee by a sending "à lire" (the page's form, in Chromium) → dissemination to the Région refused
 * before, accepted after; a director's question blocks a second dissemination until its arbitration closes. On the
 * way: the committee's directors, outside the working group, read the results by their link (a receipt), others get
 * 404; the study's page shows who was asked to read and who has read, axe-core clean.
 */
class StudyIssueChainEndToEndTest {

    private static final String HDF = "hauts-de-france";
    private static final String API = "/api/cooperations/" + HDF;
    private static final String TITLE = "Étude sur l'absentéisme 2025";
    private static final List<String> CENTRES = List.of("02", "59", "60", "62", "80");

    @TempDir
    static Path data;

    private static RunningHub hub;
    private static HeadlessChromium browser;
    private static String base;

    @BeforeAll
    static void start() {
        hub = RunningHub.startWithDemoData(data, RunningHub.freshDatabaseName());
        base = "http://localhost:" + hub.port();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
        hub.close();
    }

    @Test
    void fromTheAgendaRequestToTheDisseminationUnderTheCommitteesRules() {
        ApiClient referent = as("referent.60");
        ApiClient officer = as("officer.59");

        // the working group's meeting: referent.60's agenda request, an item made of it, the proposal recorded
        Response scheduled = officer.post(API + "/bodies/groupe-de-travail/meetings", """
                {"title":"Groupe de travail de l'observatoire","date":"%s","startTime":"14:00","endTime":"16:30",
                 "place":"CDG du Nord"}""".formatted(LocalDate.now().plusDays(15)));
        expect(scheduled, 201);
        String meetingId = scheduled.json().path("meetingId").asText();
        String meeting = API + "/meetings/" + meetingId;
        Response requested = referent.post(meeting + "/agenda/requests", """
                {"title":"%s","purpose":"DECISION","description":"Mesurer l'absentéisme des collectivités de l'Oise"}"""
                .formatted(TITLE));
        expect(requested, 201);
        String requestId = requested.json().path("requestId").asText();
        expect(officer.post(meeting + "/agenda/items/from-requests",
                            "{\"itemId\":\"i-absenteisme\",\"requestIds\":[\"" + requestId + "\"]}"), 201);
        expect(officer.post(meeting + "/start", ""), 204);
        Response recorded = officer.post(meeting + "/proposals", """
                {"itemId":"i-absenteisme","proposedByOrganisationId":"cdg-60","text":"%s","outcome":"ADOPTED"}"""
                .formatted(TITLE));
        expect(recorded, 201);
        String proposalId = recorded.json().path("proposalId").asText();
        eventually(() -> Optional.of(referent.get(meeting).body()).filter(seen -> seen.contains(proposalId)));

        // the study proposed from that proposal, adopted by the technical committee's arbitration by e-mail; with an
        // unknown request beside the proposal, refused
        refused(() -> referent.post(API + "/studies", """
                {"title":"%s","question":"Quel absentéisme ?","dataSources":["RSU"],
                 "meetingId":"%s","proposalId":"%s","requestId":"demande-inconnue"}""".formatted(TITLE, meetingId, proposalId)),
                422, "study.origin-unknown");
        Response proposed = referent.post(API + "/studies", """
                {"title":"%s","question":"Quel absentéisme dans les collectivités de l'Oise en 2025 ?",
                 "dataSources":["RSU","FLASH_SURVEY"],"departments":["60"],"requestingCentres":["cdg-60"],
                 "deliverables":"Une note de synthèse","meetingId":"%s","proposalId":"%s","requestId":"%s"}"""
                .formatted(TITLE, meetingId, proposalId, requestId));
        expect(proposed, 201);
        String studyId = proposed.json().path("studyId").asText();
        String study = API + "/studies/" + studyId;
        awaitStage(officer, study, "PROPOSED");
        refused(() -> officer.post(study + "/launch", "{\"leadCentre\":\"cdg-59\"}"), 409, "study.not-validated");
        Response submitted = officer.post(study + "/validation", "{\"bodyId\":\"comite-technique\",\"deadline\":\""
                                                                 + Instant.now().plus(Duration.ofDays(2)) + "\"}");
        expect(submitted, 201);
        String validation = submitted.json().path("decisionId").asText();
        voteAndClose(validation);
        JsonNode validated = awaitStage(officer, study, "VALIDATED");
        assertThat(validated.path("validation").path("reference").asText()).startsWith("CT-");

        // launched by officer.59 with CDG 59 as lead, its results uploaded into the study's folder and delivered
        expect(officer.post(study + "/launch", """
                {"leadCentre":"cdg-59","participatingCentres":["cdg-60"],
                 "milestones":[{"title":"Questionnaire envoyé","due":"%s"}]}""".formatted(LocalDate.now().plusMonths(2))), 204);
        awaitStage(officer, study, "IN_PROGRESS");
        Response folder = officer.post(study + "/folder", "");
        expect(folder, 200);
        String space = folder.json().path("spaceId").asText();
        Response uploaded = officer.multipart(API + "/documents/spaces/" + space + "/documents",
                                              Map.of("folderId", folder.json().path("folderId").asText()),
                                              "Absentéisme 2025.pdf", "%PDF-1.4 absentéisme".getBytes(StandardCharsets.UTF_8));
        expect(uploaded, 201);
        String documentId = uploaded.json().path("documentId").asText();
        expect(officer.post(study + "/results", "{\"documentIds\":[\"" + documentId + "\"],\"summary\":\"9,2 % d'absentéisme\"}"), 204);
        awaitStage(officer, study, "DELIVERED");

        // to the member centres at once; to the Région, not before the committee is informed
        expect(officer.post(study + "/disseminations", "{\"audience\":\"MEMBER_CENTRES\",\"means\":\"Espace documentaire\"}"), 204);
        refused(() -> officer.post(study + "/disseminations", "{\"audience\":\"REGION\",\"means\":\"Courriel\"}"), 409,
                "study.committee-not-informed");
        refused(() -> officer.post(study + "/results-to-read", """
                {"bodyId":"groupe-de-travail","plannedAudiences":["REGION"],"means":"Courriel"}"""), 422,
                "study.technical-committee-required");

        // presented to the technical committee: the results sent "à lire" to its members through the page's form
        WebDriver page = browser.driver();
        List<Axe.Violation> violations = new ArrayList<>();
        signIn(page, base, "officer.59");
        page.get(base + "/cooperations/" + HDF + "/etudes/" + studyId);
        waitFor(page, By.id("etape"), "Résultats remis");
        page.findElement(By.id("lecture-prevue-REGION")).click();
        page.findElement(By.id("lecture-prevue-PARTNERS")).click();
        page.findElement(By.id("lecture-moyens")).sendKeys("Courriel à la Région et aux partenaires");
        submit(page, "#form-lecture");
        waitFor(page, By.id("confirmation"), "Les résultats sont envoyés à lire");
        JsonNode informed = eventually(() -> Optional.of(officer.get(study).json())
                                                     .filter(view -> view.path("information").has("at")));
        assertThat(informed.path("information").path("sentToReadTo").asText()).isEqualTo("comite-technique");
        assertThat(informed.path("information").path("meetingId").isNull()).isTrue();

        // a director outside the working group opens the result by the page's link: their receipt
        ApiClient director02 = as("directeur.02");
        String link = "/cooperations/" + HDF + "/documents/" + space + "/fichiers/" + documentId;
        assertThat(director02.getPage("/cooperations/" + HDF + "/etudes/" + studyId).body()).contains(link);
        assertThat(director02.getBytes(link, "*/*").statusCode()).isEqualTo(200);
        assertThat(as("president.02").getBytes(link, "*/*").statusCode()).as("outside the committee and the group")
                                                                        .isEqualTo(404);
        assertThat(as("admin.bzh").getBytes(link, "*/*").statusCode()).as("another cooperation").isEqualTo(404);
        eventually(() -> Optional.of(officer.getPage("/cooperations/" + HDF + "/etudes/" + studyId).body())
                                 .filter(body -> body.contains("Ouvert le")));
        page.navigate().refresh();
        waitFor(page, By.id("information"), "Résultats envoyés à lire aux membres du Comité technique (CODIR)");
        String readers = page.findElement(By.id("information")).getText();
        assertThat(readers).contains("Directeur·rice du CDG 02", "Ouvert le", "Directeur·rice du CDG 80",
                                     "Pas encore ouvert");
        violations.addAll(check("étude présentée au comité, accusés de lecture", page));

        // the Région now; a director's question on the dissemination blocks the partners until its arbitration closes
        expect(officer.post(study + "/disseminations", "{\"audience\":\"REGION\",\"means\":\"Courriel\"}"), 204);
        Response raised = as("directeur.62").post(study + "/questions", """
                {"bodyId":"comite-technique","subject":"DISSEMINATION","deadline":"%s"}"""
                .formatted(Instant.now().plus(Duration.ofDays(2))));
        expect(raised, 201);
        eventually(() -> Optional.of(officer.get(study).json()).filter(view -> view.path("arbitrations").size() == 1));
        refused(() -> officer.post(study + "/disseminations", "{\"audience\":\"PARTNERS\",\"means\":\"Courriel\"}"), 409,
                "study.arbitration-open");
        voteAndClose(raised.json().path("decisionId").asText());
        eventually(() -> Optional.of(officer.get(study).json())
                                 .filter(view -> view.path("arbitrations").get(0).path("approved").asBoolean(false)));
        expect(officer.post(study + "/disseminations", "{\"audience\":\"PARTNERS\",\"means\":\"Courriel\"}"), 204);

        JsonNode done = eventually(() -> Optional.of(officer.get(study).json())
                                                 .filter(view -> view.path("disseminations").size() == 3));
        assertThat(done.path("proposal").path("proposedBy").asText()).isNotBlank();
        assertThat(done.path("proposal").path("proposalId").asText()).isEqualTo(proposalId);
        assertThat(done.path("launch").path("leadCentre").asText()).isEqualTo("cdg-59");
        try (org.apache.pdfbox.pdmodel.PDDocument sheet = org.apache.pdfbox.Loader.loadPDF(
                officer.getBytes("/cooperations/" + HDF + "/etudes/" + studyId + "/fiche.pdf", "application/pdf").body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(sheet).replaceAll("\\s+", " "))
                    .as("the fiche étude").contains("envoyés à lire aux membres du comité technique", "aux partenaires");
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        page.navigate().refresh();
        waitFor(page, By.id("diffusions"), "aux partenaires");
        assertThat(page.findElement(By.tagName("main")).getText()).contains(TITLE, "arbitrage rendu : accord");
        violations.addAll(check("étude diffusée", page));
        assertThat(violations).noneMatch(Axe.Violation::isSeriousOrCritical);
    }

    private static ApiClient as(String username) {
        return ApiClient.signedIn(hub.port(), username, PASSWORD);
    }

    /** The five directors vote for it and the convenor closes it: numbered in the register, the study takes it in. */
    private static void voteAndClose(String decisionId) {
        String decision = API + "/decisions/" + decisionId;
        ApiClient convenor = as("directeur.80");
        eventually(() -> Optional.of(convenor.get(decision)).filter(response -> response.status() == 200));
        for (String centre : CENTRES) {
            expect(as("directeur." + centre).post(decision + "/votes", "{\"option\":\"pour\"}"), 200);
        }
        eventually(() -> Optional.of(convenor.get(decision).json())
                                 .filter(view -> view.path("decision").path("votes").size() == CENTRES.size()));
        expect(convenor.post(decision + "/close", ""), 204);
    }

    private static JsonNode awaitStage(ApiClient client, String study, String stage) {
        return eventually(() -> Optional.of(client.get(study)).filter(response -> response.status() == 200)
                                        .map(Response::json).filter(view -> view.path("stage").asText().equals(stage)));
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private static void refused(java.util.function.Supplier<Response> request, int status, String code) {
        Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().path("code").asText()).isEqualTo(code);
    }
}
