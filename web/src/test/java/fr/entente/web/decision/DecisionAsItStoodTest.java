package fr.entente.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.ZoneId;

import static fr.entente.web.decision.CommitteeDecisions.A;
import static fr.entente.web.decision.CommitteeDecisions.DIRECTOR_59;
import static fr.entente.web.decision.CommitteeDecisions.DIRECTOR_60;
import static fr.entente.web.decision.CommitteeDecisions.OFFICER;
import static fr.entente.web.decision.CommitteeDecisions.awaitDecision;
import static fr.entente.web.decision.CommitteeDecisions.decision;
import static fr.entente.web.decision.CommitteeDecisions.expect;
import static fr.entente.web.decision.CommitteeDecisions.openArbitration;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision as it stood, against the known states of a scripted arbitration: opened with no vote, then with the
 * Oise's vote, then with the Oise's changed vote and the Nord's, then closed and numbered in the register; before it
 * was opened, nothing. The page shows it as it stood, without forms or live updates.
 */
@ExtendWith(SharedApiWorld.class)
class DecisionAsItStoodTest {

    @Test
    void aScriptedArbitrationReadsBackAsItStoodAtEachInstant(ApiWorld world) throws Exception {
        CommitteeDecisions.seat(world);
        ApiClient officer = world.signedIn(OFFICER);
        ApiClient director59 = world.signedIn(DIRECTOR_59);
        ApiClient director60 = world.signedIn(DIRECTOR_60);
        Instant beforeAll = instant();
        String id = openArbitration(officer, "Lancer l'étude sur l'absentéisme ?");
        awaitDecision(world, id, view -> true);
        Instant opened = instant();
        expect(director60.post(decision(id) + "/votes", "{\"option\":\"contre\"}"), 200);
        awaitDecision(world, id, view -> view.votes().size() == 1);
        Instant oneVote = instant();
        expect(director60.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 200);
        expect(director59.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 200);
        awaitDecision(world, id, view -> view.votes().size() == 2);
        Instant allVoted = instant();
        expect(officer.post(decision(id) + "/close", ""), 204);
        String reference = awaitDecision(world, id, view -> view.reference() != null).reference();
        Instant numbered = instant();

        assertThat(director59.get(decision(id) + "/as-it-stood?at=" + beforeAll).status()).as("before it was opened")
                                                                                        .isEqualTo(404);
        JsonNode atOpening = asItStood(director59, id, opened);
        assertThat(atOpening.path("decision").path("status").asText()).isEqualTo("OPEN");
        assertThat(atOpening.path("decision").path("votes")).isEmpty();
        JsonNode atOneVote = asItStood(director59, id, oneVote);
        assertThat(atOneVote.path("decision").path("votes")).hasSize(1);
        assertThat(atOneVote.path("decision").path("votes").get(0).path("option").asText()).isEqualTo("contre");
        JsonNode atAllVoted = asItStood(director59, id, allVoted);
        assertThat(atAllVoted.path("tally").toString()).contains("\"option\":\"pour\",\"votes\":2");
        assertThat(atAllVoted.path("decision").path("status").asText()).isEqualTo("OPEN");
        JsonNode atNumber = asItStood(director59, id, numbered);
        assertThat(atNumber.path("decision").path("status").asText()).isEqualTo("CLOSED");
        assertThat(atNumber.path("decision").path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(atNumber.path("decision").path("reference").asText()).as("the register's entry counts").isEqualTo(reference);

        Response malformed = director59.get(decision(id) + "/as-it-stood?at=hier");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asText()).contains("at");
        assertThat(world.signedIn(ADMIN_BZH).get(A + "/decisions/" + id + "/as-it-stood?at=" + numbered).status())
                .as("another cooperation's administrator").isEqualTo(404);
        assertThat(world.signedIn(ApiWorld.MEMBER_HDF).get(decision(id) + "/as-it-stood?at=" + numbered).status())
                .as("a member of the cooperation outside the committee").isEqualTo(404);

        String local = oneVote.atZone(ZoneId.of("Europe/Paris")).toLocalDateTime().toString();
        String page = director59.getPage("/cooperations/" + HDF + "/decisions/" + id + "/etat?le=" + local).body();
        assertThat(page).contains("État au ", "Lancer l&#39;étude sur l&#39;absentéisme ?")
                        .doesNotContain("js/decision.js", "<form method=\"post\"", reference);
        assertThat(director59.getPage("/cooperations/" + HDF + "/decisions/" + id).body())
                .as("the decision's page offers to look back").contains("id=\"etat-form\"");
    }

    private static JsonNode asItStood(ApiClient client, String decisionId, Instant at) {
        Response response = client.get(decision(decisionId) + "/as-it-stood?at=" + at);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Now, strictly after the last event written and before the next. */
    private static Instant instant() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }
}
