package fr.entente.web.live;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.LocalRabbitMq;
import fr.entente.web.testing.NodesOnOneStore;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates across two nodes through RabbitMQ's STOMP plugin (issue 17): the first node runs the projections (it
 * started first and holds their claims); a page open on the second node, which runs none, receives the tally of votes
 * cast through either node, each frame once and in order, as does a page on the first. The relay says in health that
 * it is connected, and that it is not once the broker is gone.
 */
class LiveUpdatesAcrossNodesTest {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String HDF = "hauts-de-france";

    @TempDir
    static Path directory;

    private static LocalRabbitMq broker;
    private static NodesOnOneStore nodes;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(LocalRabbitMq.installed(), "RabbitMQ is installed (.ci/run installs Debian's rabbitmq-server)");
        broker = LocalRabbitMq.start();
        nodes = NodesOnOneStore.start(directory, 2, true, List.of(
                "--entente.live.relay.host=127.0.0.1", "--entente.live.relay.port=" + broker.stompPort()));
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aPageOnTheNodeWithoutTheProjectionsFollowsTheTally() throws Exception {
        int first = nodes.node(0).port();
        int second = nodes.node(1).port();
        for (int node = 0; node < 2; node++) {
            RabbitLiveRelay relay = nodes.node(node).bean(RabbitLiveRelay.class);
            ApiWorld.eventually(() -> Optional.of(relay.health()).filter(health -> health.getStatus().equals(Status.UP)));
        }
        ApiClient convenor = ApiClient.signedIn(first, "directeur.80", PASSWORD);
        Response opened = convenor.post("/api/cooperations/" + HDF + "/bodies/comite-technique/decisions", """
                {"question":"Relayer les mises à jour entre les nœuds ?","mode":"ASYNCHRONOUS","deadline":"%s"}"""
                .formatted(Instant.now().plus(Duration.ofHours(3))));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String decisionId = opened.json().path("decisionId").asText();
        String decision = "/api/cooperations/" + HDF + "/decisions/" + decisionId;
        ApiWorld.eventually(() -> Optional.of(convenor.onPort(second).get(decision)).filter(response -> response.status() == 200));
        String topic = LiveTopics.decision(HDF, decisionId);
        long since = nodes.node(0).bean(LivePositions.class).of(topic);
        List<BlockingQueue<JsonNode>> pages = new ArrayList<>();
        List<LiveClient> connections = new ArrayList<>();
        for (int port : new int[]{second, first}) {
            LiveClient live = LiveClient.connect(port, SignedInSession.signIn(port, "directeur.02", PASSWORD));
            connections.add(live);
            pages.add(live.subscribe("/live/" + topic, since));
        }
        try {
            Thread.sleep(500);
            ApiClient director59 = ApiClient.signedIn(second, "directeur.59", PASSWORD);
            ApiClient director60 = ApiClient.signedIn(first, "directeur.60", PASSWORD);
            assertThat(director59.post(decision + "/votes", "{\"option\":\"pour\"}").status()).isEqualTo(200);
            assertThat(director60.post(decision + "/votes", "{\"option\":\"contre\"}").status()).isEqualTo(200);

            for (BlockingQueue<JsonNode> page : pages) {
                List<Long> positions = new ArrayList<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (System.nanoTime() < deadline && positions.size() < 2) {
                    JsonNode frame = page.poll(200, TimeUnit.MILLISECONDS);
                    if (frame != null) {
                        positions.add(frame.path("position").asLong());
                    }
                }
                assertThat(positions).as("a frame for each vote, on each node").hasSize(2);
                JsonNode more = page.poll(1, TimeUnit.SECONDS);
                if (more != null) {
                    positions.add(more.path("position").asLong());
                }
                assertThat(positions).as("each frame once, in order").isSorted().doesNotHaveDuplicates();
            }
        } finally {
            connections.forEach(LiveClient::close);
        }
        assertThat(nodes.node(1).bean(RabbitLiveRelay.class).health().getDetails().get("received"))
                .as("what the second node delivered came through the broker").isNotEqualTo(0L);

        broker.close();
        broker = null;
        ApiWorld.eventually(() -> Optional.of(nodes.node(1).bean(RabbitLiveRelay.class).health())
                                          .filter(health -> health.getStatus().equals(Status.DOWN)));
    }
}
