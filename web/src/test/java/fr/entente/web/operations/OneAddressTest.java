package fr.entente.web.operations;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.LocalHaProxy;
import fr.entente.web.testing.NodesOnOneStore;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes behind one address (issue 17): HAProxy in front, as README's production recipe sets it (round robin,
 * WebSocket upgrades, each node checked on its readiness). A person signs in through the proxy and every request
 * succeeds whichever node answers (the sessions are in the store); a space and a thread created through it are read
 * back through it; a page's STOMP connection goes through the proxy and catches up from the shared journal; the node that ran the
 * projections stops, and requests, writes and reads through the same address go on.
 */
class OneAddressTest {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String HDF = "hauts-de-france";
    private static final String SPACES = "/api/cooperations/" + HDF + "/forum/spaces";

    @TempDir
    static Path directory;

    private static NodesOnOneStore nodes;
    private static LocalHaProxy proxy;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(LocalHaProxy.installed(), "HAProxy is installed (.ci/run installs Debian's haproxy)");
        nodes = NodesOnOneStore.start(directory, 2, true);
        proxy = LocalHaProxy.start(directory.resolve("proxy"), List.of(nodes.node(0).port(), nodes.node(1).port()));
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void everyRequestGoesThroughOneAddressAndOnWhenANodeStops() throws Exception {
        ApiClient person = ApiClient.signedIn(proxy.port(), "admin.hdf", PASSWORD);
        String personId = null;
        for (int request = 0; request < 10; request++) {
            Response me = person.get("/api/me");
            assertThat(me.status()).as("request " + request + " through the proxy, to either node: " + me).isEqualTo(200);
            personId = me.json().path("personId").asText();
        }
        String spaceId = createSpace(person, personId, "Un espace derrière le proxy");
        Response thread = person.post(SPACES + "/" + spaceId + "/threads",
                                      "{\"title\":\"Premier fil\",\"text\":\"Écrit à travers le proxy.\"}");
        assertThat(thread.status()).as(thread.toString()).isEqualTo(201);

        SignedInSession session = SignedInSession.signIn(proxy.port(), "admin.hdf", PASSWORD);
        try (LiveClient live = LiveClient.connect(proxy.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + LiveTopics.forumSpace(HDF, spaceId), 0);
            JsonNode caughtUp = frames.poll(20, TimeUnit.SECONDS);
            assertThat(caughtUp).as("a STOMP connection through the proxy, caught up from the journal (errors: "
                                    + live.errors() + ")").isNotNull();
            assertThat(caughtUp.path("position").asLong()).isPositive();
        }

        nodes.stop(0);
        for (int request = 0; request < 20; request++) {
            Response me = person.get("/api/me");
            assertThat(me.status()).as("request " + request + " once the first node stopped: " + me).isEqualTo(200);
        }
        createSpace(person, personId, "Un espace après l'arrêt d'un nœud");
    }

    private static String createSpace(ApiClient person, String personId, String title) {
        Response created = person.post(SPACES, """
                {"title":"%s","description":"À travers le proxy","memberIds":[],"moderatorIds":["%s"]}"""
                .formatted(title, personId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String spaceId = created.json().path("spaceId").asText();
        JsonNode space = ApiWorld.eventually(() -> Optional.of(person.get(SPACES + "/" + spaceId))
                                                           .filter(response -> response.status() == 200)).json();
        assertThat(space.path("space").path("title").asText()).isEqualTo(title);
        return spaceId;
    }
}
