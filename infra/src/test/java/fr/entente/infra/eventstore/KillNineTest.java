package fr.entente.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fr.entente.mongo.embedded.EmbeddedMongoServer;
import fr.entente.mongo.embedded.EmbeddedMongoSettings;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static fr.entente.infra.eventstore.EngineFixture.globalIndexes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a JVM appending through the engine from 20 writers on the embedded server, then a restart on the
 * same data, round after round: every acknowledged event is in the log, and every number of the global sequence, from
 * 1 to the counter, holds an event or a marker saying why it holds none (no unexplained hole).
 */
class KillNineTest {

    private static final int ROUNDS = Integer.getInteger("killnine.rounds", 6);
    private static final int WRITERS = 20;

    @Test
    void keepsEveryAcknowledgedEventAndLeavesNoUnexplainedHoleAcrossKillNineUnderTwentyWriters(
            @TempDir Path dataDirectory) throws Exception {
        Set<String> acknowledged = new HashSet<>();
        long markedInAll = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            // kill at a different moment each round, so that some rounds stop a writer between allocation and insert
            int acksBeforeKill = 200 + ThreadLocalRandom.current().nextInt(400);
            Set<String> thisRound = appendUntilKilled(dataDirectory, round, acksBeforeKill);
            acknowledged.addAll(thisRound);

            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(
                    new EmbeddedMongoSettings(dataDirectory, "127.0.0.1", 0));
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoDatabase database = client.getDatabase("entente");
                MongoEventStorageEngine engine = EngineFixture.soleWriterEngine(database);
                LogContinuity.Report continuity = LogContinuity.check(database);
                List<TrackedEventMessage<?>> log = EngineFixture.readAll(engine, null);
                Set<String> stored = new HashSet<>();
                log.forEach(event -> stored.add(event.getIdentifier()));

                assertThat(stored).as("round %d: acknowledged events present after kill -9", round)
                                  .containsAll(acknowledged);
                assertThat(continuity.missing()).as("round %d: numbers holding neither an event nor a marker", round)
                                                .isEmpty();
                assertThat(continuity.events()).as("round %d: events counted along the sequence", round)
                                               .isEqualTo(log.size());
                assertThat(continuity.events() + continuity.unused()).isEqualTo(continuity.head());
                assertThat(globalIndexes(log)).as("round %d: delivered in order, once each", round)
                                              .isSorted().doesNotHaveDuplicates();
                markedInAll = continuity.unused();
                System.out.printf("kill -9 round %d: %d acknowledged this round, %d events in the log (%d written but"
                                  + " not yet acknowledged), %d numbers marked unused so far, head %d%n",
                                  round, thisRound.size(), log.size(), log.size() - acknowledged.size(),
                                  continuity.unused(), continuity.head());
            }
        }
        System.out.printf("kill -9: %d rounds, %d numbers marked unused in all%n", ROUNDS, markedInAll);
    }

    private static Set<String> appendUntilKilled(Path dataDirectory, int round, int acksBeforeKill) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                                           "-cp", System.getProperty("java.class.path"),
                                           AppendingChild.class.getName(), dataDirectory.toString(),
                                           String.valueOf(round), String.valueOf(WRITERS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && acknowledged.size() < acksBeforeKill) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
            // Reaching the count happens just after a group's commit (its acknowledgements come together): wait a
            // random while more, so that the kill also lands between a group's allocation and its insert.
            long killAt = System.nanoTime() + ThreadLocalRandom.current().nextLong(5_000_000);
            while (System.nanoTime() < killAt) {
                Thread.onSpinWait();
            }
            // SIGKILL through the process handle (Process#destroyForcibly would also close our end of its output,
            // losing acknowledgements still in the pipe): no shutdown hook, no final commit.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            while ((line = output.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
            }
        }
        assertThat(acknowledged).as("the child acknowledged appends before it was killed")
                                .hasSizeGreaterThanOrEqualTo(acksBeforeKill);
        return acknowledged;
    }
}
