package fr.entente.web.study;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.study.api.StudyRoster;
import fr.entente.web.decision.CommitteeAtWork;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A study's whole chain through the REST API, on the Hauts-de-France observatory: a referent of the working group
 * proposes it; its officer puts it to the technical committee, whose arbitration by e-mail validates it (numbered in
 * the register); launched with CDG 59 as lead (not before the validation); results delivered; disseminated to the
 * member centres, refused to the Région until the committee is informed, accepted after; a director's question blocks
 * a second dissemination until its arbitration closes. Every refusal on the way changes nothing.
 */
@ExtendWith(SharedApiWorld.class)
class StudyChainEndToEndTest {

    private static final String WORKING_GROUP = "gt-etudes";
    private static final String COMMITTEE = "ct-decisions";
    private static final String A = "/api/cooperations/" + HDF;
    private static final ApiWorld.Person OFFICER = new ApiWorld.Person("person-officer-ct", "officier.ct");
    private static final ApiWorld.Person DIRECTOR_59 = new ApiWorld.Person("person-director-59-ct", "directeur59.ct");
    private static final ApiWorld.Person DIRECTOR_60 = new ApiWorld.Person("person-director-60-ct", "directrice60.ct");
    private static final ApiWorld.Person REFERENT_60 = new ApiWorld.Person("person-colleague-60-ct", "collegue60.ct");

    @Test
    void fromTheProposalToTheDisseminationUnderTheCommitteesRules(ApiWorld world) throws Exception {
        seatTheWorkingGroup(world);
        ApiClient referent = world.signedIn(REFERENT_60);
        ApiClient officer = world.signedIn(OFFICER);
        ApiClient director59 = world.signedIn(DIRECTOR_59);
        ApiClient director60 = world.signedIn(DIRECTOR_60);

        Response proposed = referent.post(A + "/studies", """
                {"title":"Étude sur l'absentéisme 2025","question":"Quelle est l'absentéisme dans les collectivités de l'Oise ?",
                 "dataSources":["RSU","FLASH_SURVEY"],"departments":["60"],"requestingCentres":["cdg-60"],
                 "deliverables":"Une note de synthèse"}""");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String studyId = proposed.json().path("studyId").asText();
        String study = A + "/studies/" + studyId;
        awaitStage(officer, study, "PROPOSED");

        refused(world, () -> officer.post(study + "/launch", "{\"leadCentre\":\"cdg-59\"}"), 409, "study.not-validated");
        refused(world, () -> referent.post(study + "/validation", committee()), 403, "study.officer-or-convenor-required");
        refused(world, () -> officer.post(study + "/validation", "{\"bodyId\":\"" + WORKING_GROUP + "\",\"deadline\":\""
                                                           + Instant.now().plus(Duration.ofHours(2)) + "\"}"),
                422, "study.technical-committee-required");
        Response submitted = officer.post(study + "/validation", committee());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String validation = submitted.json().path("decisionId").asText();
        awaitStage(officer, study, "UNDER_VALIDATION");
        voteAndClose(officer, director59, director60, validation, "pour");
        JsonNode validated = awaitStage(officer, study, "VALIDATED");
        assertThat(validated.path("validation").path("reference").asText()).startsWith("CT-");

        expect(officer.post(study + "/launch", """
                {"leadCentre":"cdg-59","participatingCentres":["cdg-60"],
                 "milestones":[{"title":"Questionnaire envoyé","due":"2027-04-15"}]}"""), 204);
        awaitStage(officer, study, "IN_PROGRESS");
        expect(officer.post(study + "/progress", "{\"text\":\"Questionnaire parti aux collectivités\",\"milestoneId\":\"etape-1\"}"), 204);
        refused(world, () -> referent.post(study + "/progress", "{\"text\":\"Je n'en suis pas le chef de file\"}"), 403,
                "study.lead-centre-required");
        refused(world, () -> officer.post(study + "/results", "{\"documentIds\":[\"document-resultats\"]}"), 422,
                "study.document-unknown");
        Response folder = officer.post(study + "/folder", "");
        assertThat(folder.status()).as(folder.toString()).isEqualTo(200);
        String space = folder.json().path("spaceId").asText();
        String folderId = folder.json().path("folderId").asText();
        assertThat(space).startsWith("espace-");
        Response uploaded = officer.multipart("/api/cooperations/" + HDF + "/documents/spaces/" + space + "/documents",
                                              java.util.Map.of("folderId", folderId), "Absentéisme 2025.pdf",
                                              "%PDF-1.4 résultats".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String documentId = uploaded.json().path("documentId").asText();
        expect(officer.post(study + "/results", "{\"documentIds\":[\"" + documentId + "\"],\"summary\":\"9,2 %\"}"), 204);
        awaitStage(officer, study, "DELIVERED");

        expect(officer.post(study + "/disseminations", "{\"audience\":\"MEMBER_CENTRES\",\"means\":\"Espace documentaire\"}"), 204);
        refused(world, () -> officer.post(study + "/disseminations", "{\"audience\":\"REGION\",\"means\":\"Courriel\"}"), 409,
                "study.committee-not-informed");
        expect(officer.post(study + "/committee-information", """
                {"plannedAudiences":["REGION","PARTNERS"],"means":"Courriel à la Région et aux partenaires"}"""), 204);
        eventually(() -> Optional.of(get(officer, study)).filter(view -> view.path("information").has("at")));
        expect(officer.post(study + "/disseminations", "{\"audience\":\"REGION\",\"means\":\"Courriel\"}"), 204);

        refused(world, () -> referent.post(study + "/questions", question()), 403, "study.director-required");
        Response raised = director59.post(study + "/questions", question());
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String arbitration = raised.json().path("decisionId").asText();
        eventually(() -> Optional.of(get(officer, study)).filter(view -> view.path("arbitrations").size() == 1));
        refused(world, () -> officer.post(study + "/disseminations", "{\"audience\":\"PARTNERS\",\"means\":\"Courriel\"}"), 409,
                "study.arbitration-open");
        voteAndClose(officer, director59, director60, arbitration, "pour");
        JsonNode settled = eventually(() -> Optional.of(get(officer, study))
                .filter(view -> view.path("arbitrations").get(0).path("approved").asBoolean(false)));
        assertThat(settled.path("arbitrations").get(0).path("reference").asText()).startsWith("CT-");
        expect(officer.post(study + "/disseminations", "{\"audience\":\"PARTNERS\",\"means\":\"Courriel\"}"), 204);
        JsonNode done = eventually(() -> Optional.of(get(officer, study)).filter(view -> view.path("disseminations").size() == 3));
        assertThat(done.path("proposal").path("proposedBy").asText()).isEqualTo(REFERENT_60.personId());
        assertThat(done.path("launch").path("leadCentre").asText()).isEqualTo("cdg-59");
        assertThat(done.path("progress").get(0).path("milestoneId").asText()).isEqualTo("etape-1");

        assertThat(world.signedIn(ADMIN_BZH).get(study).status()).as("another cooperation").isEqualTo(404);
        assertThat(world.signedIn(PARTNER_HDF).get(study).status()).as("a partner outside the observatory's bodies")
                                                                   .isEqualTo(404);
        assertThat(director60.get(A + "/studies").json().toString()).contains(studyId);

        // the study's page shows the chain, as the API does; the list shows it by stage
        String page = director60.getPage("/cooperations/" + HDF + "/etudes/" + studyId).body();
        // the results are documents of the working group's space, opened to the technical committee on delivery: a
        // director outside the working group reads them by name and downloads them by the page's link
        String link = "/cooperations/" + HDF + "/documents/" + space + "/fichiers/" + documentId;
        assertThat(officer.getPage("/cooperations/" + HDF + "/etudes/" + studyId).body()).contains("Absentéisme 2025.pdf");
        HttpResponse<byte[]> download = director60.getBytes(link, "*/*");
        assertThat(download.statusCode()).as("a committee director downloads a result").isEqualTo(200);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 résultats");
        assertThat(world.signedIn(PARTNER_HDF).getBytes(link, "*/*").statusCode()).as("a partner").isEqualTo(404);
        assertThat(world.signedIn(ADMIN_BZH).getBytes(link, "*/*").statusCode()).as("another cooperation").isEqualTo(404);
        assertThat(director60.getPage("/cooperations/" + HDF + "/documents/" + space).status())
                .as("the working group's other documents stay closed to the committee").isEqualTo(404);
        assertThat(page).contains("Étude sur l&#39;absentéisme 2025", "Absentéisme 2025.pdf", link, "Étape : Résultats remis", "rapport social unique, enquête flash",
                                  "Validée par le comité technique (décision CT-", "Chef de file : ",
                                  "Questionnaire parti aux collectivités", "Comité technique informé le",
                                  "à la Région", "aux partenaires", "arbitrage rendu : accord",
                                  "/cooperations/" + HDF + "/decisions/" + validation);
        assertThat(director60.getPage("/cooperations/" + HDF + "/etudes").body()).contains("Résultats remis", studyId);
        assertThat(world.signedIn(PARTNER_HDF).getPage("/cooperations/" + HDF + "/etudes/" + studyId).status()).isEqualTo(404);
    }

    private static void seatTheWorkingGroup(ApiWorld world) {
        // the technical committee, its officer and directors, and a colleague of CDG 60 who joins the working group
        CommitteeAtWork.seat(world);
        world.asSystem(HDF, new CreateBodyCommand(HDF, WORKING_GROUP, BodyKind.WORKING_GROUP, "Groupe de travail des études"));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, WORKING_GROUP, OFFICER.personId(), BodyRole.OFFICER));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, WORKING_GROUP, REFERENT_60.personId(), BodyRole.MEMBER));
        StudyRoster roster = world.bean(StudyRoster.class);
        eventually(() -> Optional.of(roster.managesStudies(HDF, OFFICER.personId())
                                     && roster.sitsInWorkingGroup(HDF, REFERENT_60.personId())).filter(seated -> seated));
    }

    private static void voteAndClose(ApiClient officer, ApiClient director59, ApiClient director60, String decisionId,
                                     String option) {
        String decision = A + "/decisions/" + decisionId;
        eventually(() -> Optional.of(officer.get(decision)).filter(response -> response.status() == 200));
        expect(director59.post(decision + "/votes", "{\"option\":\"" + option + "\"}"), 200);
        expect(director60.post(decision + "/votes", "{\"option\":\"" + option + "\"}"), 200);
        eventually(() -> Optional.of(officer.get(decision).json())
                                 .filter(view -> view.path("decision").path("votes").size() == 2));
        expect(officer.post(decision + "/close", ""), 204);
    }

    private static String committee() {
        return "{\"bodyId\":\"" + COMMITTEE + "\",\"deadline\":\"" + Instant.now().plus(Duration.ofHours(2)) + "\"}";
    }

    private static String question() {
        return "{\"bodyId\":\"" + COMMITTEE + "\",\"subject\":\"DISSEMINATION\",\"deadline\":\""
               + Instant.now().plus(Duration.ofHours(2)) + "\"}";
    }

    /** The study once its read model shows this stage (a study just proposed is not found until it does). */
    private static JsonNode awaitStage(ApiClient client, String study, String stage) {
        return eventually(() -> Optional.of(client.get(study)).filter(response -> response.status() == 200)
                                        .map(Response::json).filter(view -> view.path("stage").asText().equals(stage)));
    }

    private static JsonNode get(ApiClient client, String study) {
        Response response = client.get(study);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    /** A refusal: problem details with this status and code, and nothing added to the log. */
    private static void refused(ApiWorld world, Supplier<Response> request, int status, String code) {
        long before = world.eventCount();
        Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().path("code").asText()).isEqualTo(code);
        assertThat(response.json().path("detail").asText()).isNotBlank();
        assertThat(world.eventCount()).as("events after a refusal").isEqualTo(before);
    }
}
