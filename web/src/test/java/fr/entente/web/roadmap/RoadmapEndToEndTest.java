package fr.entente.web.roadmap;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.roadmap.api.RoadmapRoster;
import fr.entente.web.decision.CommitteeAtWork;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly roadmap through the running hub: a referent of the working group proposes it (axes and actions of the
 * cooperation's centres and partners; others refused); its officer puts it to the technical committee, whose
 * decision by e-mail validates it, numbered in the register; the lead centre of an action reports its progress (not
 * another centre), through the API and through the page's form; a study is linked to an action; the year-end
 * evaluation is recorded once; the page and the PDF show it all; a partner and another cooperation get 404.
 */
@ExtendWith(SharedApiWorld.class)
class RoadmapEndToEndTest {

    private static final String WORKING_GROUP = "gt-feuille-de-route";
    private static final String COMMITTEE = "ct-decisions";
    private static final String A = "/api/cooperations/" + HDF;
    private static final ApiWorld.Person OFFICER = new ApiWorld.Person("person-officer-ct", "officier.ct");
    private static final ApiWorld.Person DIRECTOR_59 = new ApiWorld.Person("person-director-59-ct", "directeur59.ct");
    private static final ApiWorld.Person DIRECTOR_60 = new ApiWorld.Person("person-director-60-ct", "directrice60.ct");
    private static final ApiWorld.Person REFERENT_60 = new ApiWorld.Person("person-colleague-60-ct", "collegue60.ct");

    private static final String ROADMAP = """
            {"year":2027,"title":"Feuille de route 2027 de l'observatoire","axes":[
              {"title":"Connaître l'emploi territorial","actions":[
                {"title":"Baromètre annuel de l'emploi","leadCentre":"cdg-59","participatingCentres":["cdg-60"],
                 "partners":["cnfpt"],"deliverables":["Baromètre publié en juin"],"indicators":["Taux de réponse"]},
                {"title":"Étude sur l'absentéisme","leadCentre":"cdg-60","deliverables":["Note de synthèse"]}]}]}""";

    @Test
    void theRoadmapFromItsProposalToItsEvaluation(ApiWorld world) {
        seat(world);
        ApiClient referent = world.signedIn(REFERENT_60);
        ApiClient officer = world.signedIn(OFFICER);

        refused(world, () -> referent.post(A + "/roadmaps", ROADMAP.replace("\"cdg-60\"]", "\"cdg-inexistant\"]")), 422,
                "roadmap.centre-not-member");
        refused(world, () -> referent.post(A + "/roadmaps", ROADMAP.replace("\"cnfpt\"", "\"partenaire-inexistant\"")), 422,
                "roadmap.partner-unknown");
        refused(world, () -> world.signedIn(DIRECTOR_59).post(A + "/roadmaps", ROADMAP), 403, "roadmap.working-group-required");
        Response proposed = referent.post(A + "/roadmaps", ROADMAP);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String roadmapId = proposed.json().path("roadmapId").asText();
        String roadmap = A + "/roadmaps/" + roadmapId;
        JsonNode view = awaitStage(officer, roadmap, "PROPOSED");
        assertThat(view.path("axes").get(0).path("actions").get(0).path("actionId").asText()).isEqualTo("action-1-1");

        refused(world, () -> referent.post(roadmap + "/validation", committee()), 403, "roadmap.officer-or-convenor-required");
        refused(world, () -> officer.post(roadmap + "/validation", "{\"bodyId\":\"" + WORKING_GROUP + "\",\"deadline\":\""
                                                                   + Instant.now().plus(Duration.ofHours(2)) + "\"}"),
                422, "roadmap.committee-required");
        refused(world, () -> referent.post(roadmap + "/progress", "{\"actionId\":\"action-1-2\",\"percent\":10,\"text\":\"Tôt\"}"),
                409, "roadmap.not-validated");
        Response submitted = officer.post(roadmap + "/validation", committee());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        awaitStage(officer, roadmap, "UNDER_VALIDATION");
        voteAndClose(world, submitted.json().path("decisionId").asText());
        JsonNode validated = awaitStage(officer, roadmap, "VALIDATED");
        assertThat(validated.path("validation").path("reference").asText()).startsWith("CT-");
        Instant afterValidation = pause();

        refused(world, () -> referent.post(roadmap + "/progress", "{\"actionId\":\"action-1-1\",\"percent\":10,\"text\":\"Pas le mien\"}"),
                403, "roadmap.lead-centre-required");
        expect(referent.post(roadmap + "/progress", "{\"actionId\":\"action-1-2\",\"percent\":40,\"text\":\"Questionnaire parti\"}"), 204);
        Response page = referent.form("/cooperations/" + HDF + "/feuilles-de-route/" + roadmapId + "/avancement",
                                      Map.of("actionId", "action-1-2", "percent", "60", "text", "Relances faites"), "text/html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(referent.getPage("/cooperations/" + HDF + "/feuilles-de-route/" + roadmapId).body())
                .contains("L’avancement de l’action est enregistré.", "Relances faites", "60 %");

        Response study = referent.post(A + "/studies", "{\"title\":\"Absentéisme 2026\",\"question\":\"Combien ?\",\"dataSources\":[\"RSU\"]}");
        String studyId = study.json().path("studyId").asText();
        eventually(() -> Optional.of(officer.get(A + "/studies/" + studyId)).filter(response -> response.status() == 200));
        refused(world, () -> officer.post(roadmap + "/studies", "{\"actionId\":\"action-1-2\",\"studyId\":\"etude-inconnue\"}"),
                422, "roadmap.study-unknown");
        expect(officer.post(roadmap + "/studies", "{\"actionId\":\"action-1-2\",\"studyId\":\"" + studyId + "\"}"), 204);
        Instant beforeEvaluation = pause();
        expect(officer.post(roadmap + "/evaluation", "{\"evaluation\":\"Le baromètre a pris du retard ; l'étude avance.\"}"), 204);
        awaitStage(officer, roadmap, "EVALUATED");
        asItStood(officer, roadmapId, afterValidation, beforeEvaluation);
        refused(world, () -> officer.post(roadmap + "/evaluation", "{\"evaluation\":\"Encore\"}"), 409, "roadmap.already-evaluated");

        String shown = eventually(() -> Optional.of(officer.getPage("/cooperations/" + HDF + "/feuilles-de-route/" + roadmapId).body())
                                                .filter(body -> body.contains("Absentéisme 2026")));
        assertThat(shown).contains("Feuille de route 2027 de l&#39;observatoire", "Axe 1 : Connaître l&#39;emploi territorial",
                                   "Baromètre annuel de l&#39;emploi", "CNFPT Hauts-de-France", "Taux de réponse",
                                   "Validée par le comité (décision CT-", "Évaluation de fin d’année", "60 %");
        assertThat(officer.getPage("/cooperations/" + HDF + "/feuilles-de-route").body()).contains(roadmapId, "évaluée");
        java.net.http.HttpResponse<byte[]> pdf = officer.getBytes(roadmap + "/roadmap.pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("Feuille de route 2027", "Baromètre annuel de l'emploi", "Relances faites",
                                                 "Absentéisme 2026", "Le baromètre a pris du retard");
        String keep = System.getProperty("entente.roadmap.pdf");
        if (keep != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(keep), pdf.body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        assertThat(world.signedIn(PARTNER_HDF).get(roadmap).status()).isEqualTo(404);
        assertThat(world.signedIn(ADMIN_BZH).get(roadmap).status()).isEqualTo(404);
        assertThat(world.signedIn(PARTNER_HDF).getPage("/cooperations/" + HDF + "/feuilles-de-route/" + roadmapId).status())
                .isEqualTo(404);
    }

    /**
     * The roadmap as it stood (issue 12): validated with no progress yet, then with its progress and study but not
     * evaluated; the page "état au" without forms; a malformed instant refused.
     */
    private static void asItStood(ApiClient officer, String roadmapId, Instant afterValidation, Instant beforeEvaluation) {
        String roadmap = A + "/roadmaps/" + roadmapId + "/as-it-stood?at=";
        JsonNode validated = officer.get(roadmap + afterValidation).json();
        assertThat(validated.path("stage").asText()).isEqualTo("VALIDATED");
        assertThat(validated.path("progress").size()).as("no progress reported yet").isZero();
        JsonNode progressing = officer.get(roadmap + beforeEvaluation).json();
        assertThat(progressing.path("stage").asText()).isEqualTo("VALIDATED");
        assertThat(progressing.path("progress").size()).isEqualTo(2);
        assertThat(progressing.path("evaluation").isNull() || progressing.path("evaluation").isMissingNode()).isTrue();
        assertThat(officer.get(roadmap + "hier").status()).isEqualTo(400);
        String local = beforeEvaluation.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDateTime().toString();
        String page = officer.getPage("/cooperations/" + HDF + "/feuilles-de-route/" + roadmapId + "/etat?le=" + local).body();
        assertThat(page).contains("id=\"etat-au\"", "Relances faites").doesNotContain("form-evaluation", "feuille-donnees");
    }

    /** An instant after what was just done and before what comes next. */
    private static Instant pause() {
        try {
            Thread.sleep(1_100);
            Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            Thread.sleep(1_100);
            return now;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void seat(ApiWorld world) {
        CommitteeAtWork.seat(world);
        world.asSystem(HDF, new CreateBodyCommand(HDF, WORKING_GROUP, BodyKind.WORKING_GROUP, "Groupe de travail de la feuille de route"));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, WORKING_GROUP, OFFICER.personId(), BodyRole.OFFICER));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, WORKING_GROUP, REFERENT_60.personId(), BodyRole.MEMBER));
        RoadmapRoster roster = world.bean(RoadmapRoster.class);
        eventually(() -> Optional.of(roster.managesRoadmaps(HDF, OFFICER.personId())
                                     && roster.sitsInWorkingGroup(HDF, REFERENT_60.personId())).filter(seated -> seated));
        eventually(() -> Optional.of(world.bean(fr.entente.study.api.StudyRoster.class)
                                          .sitsInWorkingGroup(HDF, REFERENT_60.personId())).filter(seated -> seated));
    }

    private static void voteAndClose(ApiWorld world, String decisionId) {
        ApiClient officer = world.signedIn(OFFICER);
        String decision = A + "/decisions/" + decisionId;
        eventually(() -> Optional.of(officer.get(decision)).filter(response -> response.status() == 200));
        expect(world.signedIn(DIRECTOR_59).post(decision + "/votes", "{\"option\":\"pour\"}"), 200);
        expect(world.signedIn(DIRECTOR_60).post(decision + "/votes", "{\"option\":\"pour\"}"), 200);
        eventually(() -> Optional.of(officer.get(decision).json()).filter(view -> view.path("decision").path("votes").size() == 2));
        expect(officer.post(decision + "/close", ""), 204);
    }

    private static String committee() {
        return "{\"bodyId\":\"" + COMMITTEE + "\",\"deadline\":\"" + Instant.now().plus(Duration.ofHours(2)) + "\"}";
    }

    private static JsonNode awaitStage(ApiClient client, String roadmap, String stage) {
        return eventually(() -> Optional.of(client.get(roadmap)).filter(response -> response.status() == 200)
                                        .map(Response::json).filter(view -> view.path("stage").asText().equals(stage)));
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private static void refused(ApiWorld world, Supplier<Response> request, int status, String code) {
        long before = world.eventCount();
        Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().path("code").asText()).isEqualTo(code);
        assertThat(world.eventCount()).as("events after a refusal").isEqualTo(before);
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
