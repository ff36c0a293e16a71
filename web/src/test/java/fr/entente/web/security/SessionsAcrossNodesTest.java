package fr.entente.web.security;

import com.mongodb.client.MongoDatabase;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.NodesOnOneStore;
import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hub nodes on one store, the sessions kept in the store ({@code entente.sessions.kept-in=store}, issue 17):
 * signed in through one node, a person goes on through the other; a page's refused form, posted to one node, comes
 * back filled in from the other (the form travels in the session for one redirect); a password changed through one
 * node ends the person's other session on both; the first node stops and the person, still signed in, goes on
 * through the second, whose projections take over the claims the first held (what they write is read back); signing
 * out there ends the session; a session left to expire is deleted by the sweep.
 */
class SessionsAcrossNodesTest {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String NEW_PASSWORD = "un mot de passe tout neuf pour la suite";
    private static final String FORUM = "/cooperations/hauts-de-france/forum";

    @TempDir
    static Path directory;

    private static NodesOnOneStore nodes;
    private static RunningHub first;
    private static RunningHub second;

    @BeforeAll
    static void start() {
        nodes = NodesOnOneStore.start(directory, 2, true);
        first = nodes.node(0);
        second = nodes.node(1);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aPersonSignedInThroughOneNodeGoesOnThroughTheOther() {
        ApiClient onFirst = ApiClient.signedIn(first.port(), "admin.hdf", PASSWORD);
        ApiClient onSecond = onFirst.onPort(second.port());
        Response me = onSecond.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("admin.hdf");
        assertThat(second.bean(MongoDatabase.class).getCollection("http_sessions").countDocuments())
                .as("the sessions are in the store").isPositive();

        Response refused = onFirst.form(FORUM + "/espaces", Map.of("title", "", "description", "Un espace sans titre, de passage"),
                                        "text/html");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(302);
        assertThat(onSecond.getPage(FORUM).body()).as("the refused form, shown again by the other node")
                                                   .contains("Un espace sans titre, de passage");

        ApiClient elsewhere = ApiClient.signedIn(first.port(), "admin.hdf", PASSWORD);
        Response changed = onSecond.post("/api/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(elsewhere.get("/api/me").status()).as("the other session, on the node that did not change it").isEqualTo(401);
        assertThat(elsewhere.onPort(second.port()).get("/api/me").status()).as("the other session, on the other node").isEqualTo(401);
        assertThat(onFirst.get("/api/me").status()).as("the session that changed it, on the first node").isEqualTo(200);

        nodes.stop(0);
        Response stillMe = onSecond.get("/api/me");
        assertThat(stillMe.status()).as("still signed in once the first node is gone").isEqualTo(200);
        // the first node ran the projections (it started first); the second takes their claims and goes on
        Response created = onSecond.post("/api/cooperations/hauts-de-france/forum/spaces", """
                {"title":"Après l'arrêt du premier nœud","description":"Écrit par le second","memberIds":[],
                 "moderatorIds":["%s"]}""".formatted(stillMe.json().path("personId").asText()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String space = "/api/cooperations/hauts-de-france/forum/spaces/" + created.json().path("spaceId").asText();
        assertThat(ApiWorld.eventually(() -> Optional.of(onSecond.get(space)).filter(response -> response.status() == 200))
                           .json().path("space").path("title").asText()).isEqualTo("Après l'arrêt du premier nœud");

        // a session left to expire: the embedded store has no TTL monitor, the sweep deletes it
        com.mongodb.client.MongoCollection<org.bson.Document> sessions = second.bean(MongoDatabase.class).getCollection("http_sessions");
        assertThat(sessions.find().first()).as("Spring Session's stored expiry, which the sweep reads").containsKey("expireAt");
        sessions.insertOne(new org.bson.Document("_id", "a-session-left-to-expire")
                                   .append("expireAt", java.util.Date.from(java.time.Instant.now().minusSeconds(60))));
        assertThat(second.bean(ExpiredSessionsSweep.class).sweepHere()).isEqualTo(1);
        assertThat(sessions.countDocuments(com.mongodb.client.model.Filters.eq("_id", "a-session-left-to-expire"))).isZero();
        assertThat(onSecond.get("/api/me").status()).as("the sessions in use stay").isEqualTo(200);

        Response signedOut = onSecond.form("/deconnexion", Map.of(), "application/json");
        assertThat(signedOut.status()).as(signedOut.toString()).isBetween(200, 302);
        assertThat(onSecond.get("/api/me").status()).as("signed out").isEqualTo(401);
    }
}
