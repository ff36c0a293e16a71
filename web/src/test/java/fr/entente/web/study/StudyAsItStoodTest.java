package fr.entente.web.study;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static fr.entente.web.study.StudyCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted study seen as it stood at several instants, through the API and its page: before it was proposed (404),
 * once proposed, once validated by the committee's numbered decision, once launched; the page "état au" shows that
 * chain with no form and no live updates; a malformed instant is refused (400) naming {@code at}; another cooperation 404.
 */
@ExtendWith(SharedApiWorld.class)
class StudyAsItStoodTest {

    @Test
    void theStudyAsItStoodAtEachStepOfItsChain(ApiWorld world) throws Exception {
        seat(world);
        ApiClient officer = world.signedIn(OFFICER);
        ApiClient referent = world.signedIn(REFERENT_60);
        Instant beforeAll = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        Response proposed = referent.post(A + "/studies", """
                {"title":"Étude sur les contractuels","question":"Combien de contractuels en 2026 ?",
                 "dataSources":["RSU"],"departments":["59"],"requestingCentres":["cdg-59"],"deliverables":"Une note"}""");
        expect(proposed, 201);
        String studyId = proposed.json().path("studyId").asText();
        String study = A + "/studies/" + studyId;
        awaitStage(officer, studyId, "PROPOSED");
        Instant afterProposal = pause();
        Response submitted = officer.post(study + "/validation", committee());
        expect(submitted, 201);
        voteAndClose(world, submitted.json().path("decisionId").asText(), "pour");
        String reference = awaitStage(officer, studyId, "VALIDATED").path("validation").path("reference").asText();
        Instant afterValidation = pause();
        expect(officer.post(study + "/launch", "{\"leadCentre\":\"cdg-59\"}"), 204);
        awaitStage(officer, studyId, "IN_PROGRESS");
        Instant afterLaunch = pause();

        assertThat(officer.get(study + "/as-it-stood?at=" + encoded(beforeAll)).status()).as("before it was proposed").isEqualTo(404);
        assertThat(officer.get(study + "/as-it-stood?at=" + encoded(afterProposal)).json().path("stage").asText()).isEqualTo("PROPOSED");
        Response validated = officer.get(study + "/as-it-stood?at=" + encoded(afterValidation));
        assertThat(validated.json().path("stage").asText()).isEqualTo("VALIDATED");
        assertThat(validated.json().path("validation").path("reference").asText()).isEqualTo(reference).startsWith("CT-");
        assertThat(validated.json().path("launch").isNull() || validated.json().path("launch").isMissingNode()).isTrue();
        assertThat(officer.get(study + "/as-it-stood?at=" + encoded(afterLaunch)).json().path("launch").path("leadCentre").asText())
                .isEqualTo("cdg-59");

        Response malformed = officer.get(study + "/as-it-stood?at=hier");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asText()).contains("at");
        assertThat(world.signedIn(ADMIN_BZH).get(A + "/studies/" + studyId + "/as-it-stood?at=" + encoded(afterLaunch)).status())
                .as("another cooperation").isEqualTo(404);

        String local = afterValidation.atZone(ZoneId.of("Europe/Paris")).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
        Response page = officer.getPage(PAGES + "/" + studyId + "/etat?le=" + local);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"etat-au\"", "État au", reference)
                               .doesNotContain("etude-donnees", "/lancement\"");
        assertThat(officer.getPage(PAGES + "/" + studyId).body()).as("today's page offers it, and the launch is done")
                                                                 .contains("id=\"etat-form\"");
    }

    /** An instant after what was just done and before what comes next. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(1_100);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1_100);
        return now;
    }

    private static String encoded(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }
}
