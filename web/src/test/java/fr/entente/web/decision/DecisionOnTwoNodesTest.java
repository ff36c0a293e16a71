package fr.entente.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import fr.entente.infra.eventstore.LogContinuity;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.NodesOnOneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hub nodes writing the same decision (issue 17), each with its own aggregate cache: the five directors of the
 * Hauts-de-France technical committee vote one after the other, every other vote through the other node, and every
 * vote is accepted (a vote that met the other node's newer version is judged again on a fresh load); then they vote
 * four times each all at once, and each centre's last vote is the one that counts. Then the convenor closes the decision through both nodes at once:
 * one close is done, the other is refused with the decision's own code, as on one node. The log has no unexplained
 * gap.
 */
class DecisionOnTwoNodesTest {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String HDF = "/api/cooperations/hauts-de-france";
    private static final List<String> CENTRES = List.of("02", "59", "60", "62", "80");
    private static final int VOTES_EACH = 4;

    @TempDir
    static Path directory;

    private static NodesOnOneStore nodes;

    @BeforeAll
    static void start() {
        nodes = NodesOnOneStore.start(directory, 2, true);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void votesAndClosesThroughBothNodesHoldTheRulesOfOneNode() throws Exception {
        int[] ports = {nodes.node(0).port(), nodes.node(1).port()};
        ApiClient convenor = ApiClient.signedIn(ports[0], "directeur.80", PASSWORD);
        Response opened = convenor.post(HDF + "/bodies/comite-technique/decisions", """
                {"question":"Ouvrir l'observatoire aux centres voisins ?","mode":"ASYNCHRONOUS","deadline":"%s"}"""
                .formatted(Instant.now().plus(Duration.ofHours(3))));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String decision = HDF + "/decisions/" + opened.json().path("decisionId").asText();
        for (int port : ports) {
            ApiClient reader = convenor.onPort(port);
            ApiWorld.eventually(() -> Optional.of(reader.get(decision)).filter(response -> response.status() == 200));
        }

        Map<String, ApiClient[]> directors = new LinkedHashMap<>();
        for (String centre : CENTRES) {
            ApiClient director = ApiClient.signedIn(ports[0], "directeur." + centre, PASSWORD);
            directors.put(centre, new ApiClient[]{director, director.onPort(ports[1])});
        }
        // one after the other, every other vote through the other node: each node's cached decision is behind the
        // other node's last vote, a conflict its next try on a fresh load must settle, every time
        int turn = 0;
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, ApiClient[]> director : directors.entrySet()) {
                Response vote = director.getValue()[turn++ % 2].post(decision + "/votes", "{\"option\":\"pour\"}");
                assertThat(vote.status()).as("a vote after the other node's, " + vote).isEqualTo(200);
            }
        }

        // all at once: a vote that keeps meeting conflicts is refused as one, and the person votes again
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService voting = Executors.newFixedThreadPool(CENTRES.size());
        List<Future<List<Integer>>> answers = new ArrayList<>();
        for (Map.Entry<String, ApiClient[]> director : directors.entrySet()) {
            answers.add(voting.submit(() -> {
                go.await();
                List<Integer> statuses = new ArrayList<>();
                for (int vote = 0; vote < VOTES_EACH; vote++) {
                    String body = "{\"option\":\"" + option(director.getKey(), vote) + "\"}";
                    Response answer = director.getValue()[vote % 2].post(decision + "/votes", body);
                    for (int again = 0; answer.status() == 409 && again < 5; again++) {
                        assertThat(answer.json().path("code").asText()).isEqualTo("request.concurrent-change");
                        answer = director.getValue()[vote % 2].post(decision + "/votes", body);
                    }
                    statuses.add(answer.status());
                }
                return statuses;
            }));
        }
        go.countDown();
        for (Future<List<Integer>> answer : answers) {
            assertThat(answer.get()).as("every vote accepted in the end, through either node").containsOnly(200);
        }
        voting.shutdown();

        JsonNode tallied = ApiWorld.eventually(() -> Optional.of(convenor.onPort(ports[1]).get(decision).json())
                .filter(view -> lastVotesCount(view.path("decision").path("votes"))));
        assertThat(tallied.path("decision").path("votes")).hasSize(CENTRES.size());

        CountDownLatch closeAtOnce = new CountDownLatch(1);
        ExecutorService closing = Executors.newFixedThreadPool(2);
        List<Future<Response>> closes = new ArrayList<>();
        for (int port : ports) {
            ApiClient through = convenor.onPort(port);
            Callable<Response> close = () -> {
                closeAtOnce.await();
                return through.post(decision + "/close", "");
            };
            closes.add(closing.submit(close));
        }
        closeAtOnce.countDown();
        List<Response> closed = new ArrayList<>();
        for (Future<Response> close : closes) {
            closed.add(close.get());
        }
        closing.shutdown();
        assertThat(closed).extracting(Response::status).as(closed.toString()).containsExactlyInAnyOrder(204, 409);
        Response refused = closed.stream().filter(response -> response.status() == 409).findFirst().orElseThrow();
        assertThat(refused.json().path("code").asText()).as("the decision's own refusal, not a bare conflict")
                                                         .isEqualTo("decision.closed");

        assertThat(LogContinuity.check(nodes.node(0).bean(MongoDatabase.class)).missing())
                .as("numbers that hold neither an event nor a marker").isEmpty();
    }

    private static String option(String centre, int vote) {
        return (vote + centre.hashCode()) % 3 == 0 ? "contre" : vote % 2 == 0 ? "pour" : "abstention";
    }

    /** Each centre's vote is its last. */
    private static boolean lastVotesCount(JsonNode votes) {
        if (votes.size() != CENTRES.size()) {
            return false;
        }
        for (JsonNode vote : votes) {
            String centre = vote.path("organisationId").asText().replace("cdg-", "");
            if (!vote.path("option").asText().equals(option(centre, VOTES_EACH - 1))) {
                return false;
            }
        }
        return true;
    }
}
