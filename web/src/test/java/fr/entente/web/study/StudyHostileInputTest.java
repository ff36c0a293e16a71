package fr.entente.web.study;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest.BodyPublishers;

import static fr.entente.web.study.StudyCorner.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or broken input to the studies' API, on the running hub: each is refused with problem details that name
 * the field and say what to do, and nothing is added to the log; text with angle brackets where free text belongs is
 * kept as typed and shown escaped.
 */
@ExtendWith(SharedApiWorld.class)
class StudyHostileInputTest {

    private static final String STUDIES = StudyCorner.A + "/studies";

    private ApiWorld world;
    private ApiClient referent;
    private ApiClient officer;

    @BeforeEach
    void seat(ApiWorld world) {
        StudyCorner.seat(world);
        this.world = world;
        referent = world.signedIn(REFERENT_60);
        officer = world.signedIn(OFFICER);
    }

    @Test
    void refusesMalformedJsonAndAMissingBody() {
        refused(() -> referent.post(STUDIES, "{\"title\": \"Étude\", \"question\": "), 400, "request.malformed-json");
        refused(() -> referent.post(STUDIES, ""), 400, "request.body-missing");
        refused(() -> referent.write("POST", STUDIES, BodyPublishers.ofString("title=x"), "text/plain"), 415,
                "request.unsupported-media-type");
    }

    @Test
    void refusesAnUnknownFieldOrADataSourceOutsideTheListNamingIt() {
        JsonNode unknown = refused(() -> referent.post(STUDIES, study("\"validated\":true")), 400, "request.unknown-field");
        assertThat(unknown.path("field").asText()).isEqualTo("validated");
        JsonNode source = refused(() -> referent.post(STUDIES, """
                {"title":"Étude","question":"Pourquoi ?","dataSources":["TWITTER"]}"""), 400, "request.invalid-value");
        assertThat(source.path("detail").asText()).contains("TWITTER", "RSU", "HANDITORIAL");
        JsonNode date = refused(() -> referent.post(STUDIES, study("\"expectedBy\":\"2027-13-45\"")), 400, "request.invalid-value");
        assertThat(date.path("field").asText()).isEqualTo("expectedBy");
    }

    @Test
    void refusesMarkupLineBreaksAndOversizedTitlesNamingTheField() {
        for (String title : new String[]{"<script>alert(1)</script>", "Étude\\r\\nX-Injected: oui", "É".repeat(201)}) {
            JsonNode problem = refused(() -> referent.post(STUDIES, """
                    {"title":"%s","question":"Pourquoi ?","dataSources":["RSU"]}""".formatted(title)), 422,
                    "request.invalid-fields");
            assertThat(problem.path("errors").findValuesAsText("field")).contains("title");
        }
    }

    @Test
    void refusesWhatTheStudySaysNoToNamingTheField() {
        JsonNode question = refused(() -> referent.post(STUDIES, """
                {"title":"Étude","question":"%s","dataSources":["RSU"]}""".formatted("x".repeat(20_001))), 422,
                "study.text-too-long");
        assertThat(question.path("detail").asText()).matches("Le texte dépasse 20.000 caractères.*");
        refused(() -> referent.post(STUDIES, """
                {"title":"Étude","question":"Pourquoi ?","dataSources":["RSU"],"requestingCentres":["cdg-35"]}"""), 422,
                "study.centre-not-member");
        refused(() -> referent.post(STUDIES, """
                {"title":"Étude","question":"  ","dataSources":["RSU"]}"""), 422, "study.question-required");
        refused(() -> referent.post(STUDIES, """
                {"title":"Étude","question":"Pourquoi ?","dataSources":[]}"""), 422, "study.dataSources-required");
    }

    @Test
    void refusesAnOriginOrAResultThatIsNotTheCooperationsOrThePersons() {
        JsonNode origin = refused(() -> referent.post(STUDIES, study("\"meetingId\":\"meeting-of-bretagne\",\"proposalId\":\"p-1\"")),
                                  422, "study.origin-unknown");
        assertThat(origin.path("field").asText()).isEqualTo("meetingId");
        refused(() -> referent.post(STUDIES, study("\"proposalId\":\"p-1\"")), 422, "study.origin-unknown");

        String studyId = inProgress();
        JsonNode document = refused(() -> officer.post(STUDIES + "/" + studyId + "/results",
                                                 "{\"documentIds\":[\"../../documents/autre\"]}"), 422, "study.document-unknown");
        assertThat(document.path("field").asText()).isEqualTo("documentIds");
        refused(() -> officer.post(STUDIES + "/" + studyId + "/committee-information",
                                   "{\"plannedAudiences\":[\"REGION\"],\"means\":\"Courriel\",\"meetingId\":\"reunion-de-bretagne\"}"),
                422, "study.origin-unknown");
    }

    @Test
    void refusesASendingToReadWithMarkupAnUnknownFieldOrBeforeTheResults() {
        String studyId = inProgress();
        String toRead = STUDIES + "/" + studyId + "/results-to-read";
        JsonNode markup = refused(() -> officer.post(toRead, """
                {"bodyId":"%s","plannedAudiences":["REGION"],"means":"<img src=x onerror=alert(1)>"}""".formatted(COMMITTEE)),
                422, "request.invalid-fields");
        assertThat(markup.path("errors").findValuesAsText("field")).contains("means");
        JsonNode unknown = refused(() -> officer.post(toRead, """
                {"bodyId":"%s","plannedAudiences":["REGION"],"means":"Courriel","readerIds":["person-admin-bzh"]}"""
                .formatted(COMMITTEE)), 400, "request.unknown-field");
        assertThat(unknown.path("field").asText()).isEqualTo("readerIds");
        refused(() -> officer.post(toRead, """
                {"bodyId":"%s","plannedAudiences":["REGION"],"means":"Courriel"}""".formatted(COMMITTEE)), 409,
                "study.results-not-delivered");
    }

    @Test
    void anUnknownOrForeignStudyIdIsNotFound() {
        refused(() -> officer.get(STUDIES + "/..%2F..%2Fstudies"), 400, "request.rejected");
        refused(() -> officer.post(STUDIES + "/etude-inconnue/launch", "{\"leadCentre\":\"cdg-59\"}"), 404, "study.not-found");
    }

    @Test
    void keepsAngleBracketsInTheQuestionAsTypedAndShowsThemEscaped() {
        Response proposed = referent.post(STUDIES, """
                {"title":"Petites communes","question":"Communes < 1 000 habitants -> <b>mutualiser</b> ?","dataSources":["RSU"]}""");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String studyId = proposed.json().path("studyId").asText();
        JsonNode view = awaitStage(referent, studyId, "PROPOSED");
        assertThat(view.path("proposal").path("question").asText()).isEqualTo("Communes < 1 000 habitants -> <b>mutualiser</b> ?");
        assertThat(referent.getPage(PAGES + "/" + studyId).body())
                .contains("Communes &lt; 1 000 habitants -&gt; &lt;b&gt;mutualiser&lt;/b&gt; ?").doesNotContain("<b>mutualiser");
    }

    /** A study launched by the officer (validated by the committee first). */
    private String inProgress() {
        Response proposed = referent.post(STUDIES, study(null));
        String studyId = proposed.json().path("studyId").asText();
        awaitStage(officer, studyId, "PROPOSED");
        Response submitted = officer.post(STUDIES + "/" + studyId + "/validation", committee());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        voteAndClose(world, submitted.json().path("decisionId").asText(), "pour");
        awaitStage(officer, studyId, "VALIDATED");
        assertThat(officer.post(STUDIES + "/" + studyId + "/launch", "{\"leadCentre\":\"cdg-59\"}").status()).isEqualTo(204);
        awaitStage(officer, studyId, "IN_PROGRESS");
        return studyId;
    }

    private static String study(String more) {
        return "{\"title\":\"Étude\",\"question\":\"Pourquoi ?\",\"dataSources\":[\"RSU\"]" + (more == null ? "" : "," + more) + "}";
    }

    private JsonNode refused(java.util.function.Supplier<Response> call, int status, String code) {
        long before = world.eventCount();
        Response response = call.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        if (code != null) {
            assertThat(response.json().path("code").asText()).as(response.toString()).isEqualTo(code);
        }
        assertThat(response.json().path("detail").asText()).isNotBlank();
        assertThat(world.eventCount()).as("events after a refusal").isEqualTo(before);
        return response.json();
    }
}
