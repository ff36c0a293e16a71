package fr.entente.web.meeting;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two members saving the same block of notes at once through two hub nodes (issue 17), each node with its own cache
 * of the meeting: as on one node, one save is written over the version both read, the other becomes a conflicting
 * copy next to it, and neither text is lost or written over, round after round. The log has no unexplained gap.
 */
class NoteOnTwoNodesTest {

    private static final String PASSWORD = "entente-demo-2026";
    private static final String API = "/api/cooperations/hauts-de-france";
    private static final int ROUNDS = 6;

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
    void twoSavesOfOneBlockAtOnceThroughTwoNodesKeepBothTextsAsOnOneNode() throws Exception {
        int[] ports = {nodes.node(0).port(), nodes.node(1).port()};
        ApiClient officer = ApiClient.signedIn(ports[0], "officer.59", PASSWORD);
        String meetingId = officer.post(API + "/bodies/groupe-de-travail/meetings", """
                {"title": "Réunion sur deux nœuds", "date": "%s", "startTime": "14:00", "endTime": "16:30", "place": "Lille"}
                """.formatted(LocalDate.now().plusDays(3))).json().get("meetingId").asText();
        String meeting = API + "/meetings/" + meetingId;
        String itemId = officer.post(meeting + "/agenda/items", "{\"title\": \"Barème\", \"purpose\": \"DISCUSSION\"}")
                               .json().get("itemId").asText();
        assertThat(officer.post(meeting + "/start", "").status()).isEqualTo(204);
        ApiClient onFirst = ApiClient.signedIn(ports[0], "referent.02", PASSWORD);
        ApiClient onSecond = ApiClient.signedIn(ports[1], "referent.60", PASSWORD);
        Response created = onFirst.put(meeting + "/notes/b-bareme",
                                       "{\"itemId\": \"" + itemId + "\", \"text\": \"Le barème date de 2019.\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        int version = created.json().path("version").asInt();
        // the second node reads the meeting once, so that its cache holds it and is behind from the first round on
        ApiWorld.eventually(() -> Optional.of(onSecond.get(meeting)).filter(response -> response.status() == 200));

        // what the meeting shows in the end: each conflicting copy, and the block's last version
        List<String> texts = new ArrayList<>();
        String lastSaved = "Le barème date de 2019.";
        ExecutorService savers = Executors.newFixedThreadPool(2);
        for (int round = 0; round < ROUNDS; round++) {
            CountDownLatch go = new CountDownLatch(1);
            List<String> sent = new ArrayList<>();
            List<Future<Response>> saves = new ArrayList<>();
            for (ApiClient member : List.of(onFirst, onSecond)) {
                String text = "Tour " + round + " par le membre sur le port " + (member == onFirst ? ports[0] : ports[1]);
                sent.add(text);
                int base = version;
                saves.add(savers.submit(() -> {
                    go.await();
                    return member.put(meeting + "/notes/b-bareme", "{\"baseVersion\": " + base + ", \"text\": \"" + text + "\"}");
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (int member = 0; member < 2; member++) {
                Response answer = saves.get(member).get();
                assertThat(answer.status()).as("round %d: %s", round, answer).isIn(200, 201);
                JsonNode saved = answer.json();
                outcomes.add(saved.path("outcome").asText());
                if (saved.path("outcome").asText().equals("SAVED")) {
                    assertThat(saved.path("version").asInt()).as("written over the version both read").isEqualTo(version + 1);
                    lastSaved = sent.get(member);
                } else {
                    assertThat(saved.path("conflictsWith").asText()).isEqualTo("b-bareme");
                    texts.add(sent.get(member));
                }
            }
            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("SAVED", "CONFLICTING_COPY");
            version++;
        }
        savers.shutdown();
        texts.add(lastSaved);

        for (int port : ports) {
            ApiClient reader = officer.onPort(port);
            JsonNode notes = ApiWorld.eventually(() -> Optional.of(reader.get(meeting).json())
                                                               .filter(view -> view.findValuesAsText("text").containsAll(texts)));
            assertThat(notes.findValuesAsText("text")).as("no text lost or written over, read through either node")
                                                     .containsAll(texts);
        }
        assertThat(LogContinuity.check(nodes.node(0).bean(MongoDatabase.class)).missing())
                .as("numbers that hold neither an event nor a marker").isEmpty();
    }
}
