package fr.entente.web.document;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.live.LivePositions;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.SharedApiWorld;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static fr.entente.web.document.DocumentCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder's topic over STOMP: a new document and a new version reach those who see the folder, as thin frames that
 * carry neither the name nor the bytes; the topic of a restricted folder, of the space for someone outside it, or
 * through another cooperation is refused with an ERROR frame that says only "not found".
 */
@ExtendWith(SharedApiWorld.class)
class DocumentLiveTest {

    private ApiWorld world;
    private ApiClient officer;
    private ApiClient referentA;

    @BeforeEach
    void seat(ApiWorld world) {
        DocumentCorner.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        referentA = world.signedIn(REFERENT_A);
    }

    @Test
    void aNewDocumentAndItsNewVersionReachThoseWatchingTheFolder() throws Exception {
        String folderId = folder(officer, null, "Suivi en direct");
        String topic = LiveTopics.documentFolder(HDF, SPACE, folderId);
        SignedInSession session = SignedInSession.signIn(world.port(), REFERENT_B.username(), PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, world.bean(LivePositions.class).of(topic));

            String documentId = uploaded(referentA, folderId, "Note confidentielle.pdf", PDF).path("documentId").asText();
            JsonNode uploaded = frames.poll(10, TimeUnit.SECONDS);
            ApiClient.Response version = referentA.multipart(D + "/documents/" + documentId + "/versions",
                                                             java.util.Map.of("basedOnVersion", "1"), "v2.pdf", PDF);
            assertThat(version.status()).as(version.toString()).isEqualTo(201);
            JsonNode versioned = frames.poll(10, TimeUnit.SECONDS);

            assertThat(uploaded).isNotNull();
            assertThat(versioned).isNotNull();
            assertThat(versioned.path("position").asLong()).isGreaterThan(uploaded.path("position").asLong());
            assertThat(uploaded.toString() + versioned).doesNotContain("confidentielle");
            assertThat(live.errors()).isEmpty();
        }
    }

    @Test
    void aRestrictedFoldersTopicIsRefusedToOthers() throws Exception {
        String folderId = folder(officer, null, "Réservé en direct");
        assertThat(officer.put(D + "/folders/" + folderId + "/rights",
                               "{\"restricted\":true,\"memberIds\":[\"" + REFERENT_A.personId() + "\"]}").status())
                .isEqualTo(204);
        refused(REFERENT_B.username(), LiveTopics.documentFolder(HDF, SPACE, folderId));
    }

    @Test
    void theSpacesTopicsAreRefusedOutsideTheSpaceAndThroughAnotherCooperation() throws Exception {
        refused(MEMBER_HDF.username(), LiveTopics.documentFolder(HDF, SPACE, null));
        refused(ADMIN_BZH.username(), LiveTopics.documentFolder(HDF, SPACE, null));
        refused(ADMIN_BZH.username(), LiveTopics.documentFolder(BZH, SPACE, null));
        refused(REFERENT_B.username(), LiveTopics.documentFolder(BZH, SPACE, null));
    }

    private void refused(String username, String topic) throws Exception {
        SignedInSession session = SignedInSession.signIn(world.port(), username, PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, 0);
            String error = live.errors().poll(10, TimeUnit.SECONDS);
            assertThat(error).as("an ERROR frame for " + username + " on " + topic).isNotNull().startsWith("Introuvable");
            assertThat(frames).isEmpty();
        }
    }
}
