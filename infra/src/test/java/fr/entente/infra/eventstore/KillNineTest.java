package fr.entente.infra.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static fr.entente.infra.eventstore.EngineFixture.globalIndexes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a JVM appending through the engine on the embedded server, then a restart on the same data:
 * every event whose append was acknowledged is in the log, and the log has no gap.
 */
class KillNineTest {

    private static final int ROUNDS = 3;
    private static final int ACKS_BEFORE_KILL = 400;

    @Test
    void keepsEveryAcknowledgedEventAcrossKillNineUnderLoad(@TempDir Path dataDirectory) throws Exception {
        Set<String> acknowledged = new HashSet<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Set<String> thisRound = appendUntilKilled(dataDirectory, round);
            acknowledged.addAll(thisRound);

            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(
                    new EmbeddedMongoSettings(dataDirectory, "127.0.0.1", 0));
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoEventStorageEngine engine = EngineFixture.engine(client.getDatabase("entente"));
                List<TrackedEventMessage<?>> log = EngineFixture.readAll(engine, null);
                Set<String> stored = new HashSet<>();
                log.forEach(event -> stored.add(event.getIdentifier()));

                assertThat(stored).as("round %d: acknowledged events present after kill -9", round)
                                  .containsAll(acknowledged);
                assertThat(globalIndexes(log)).as("round %d: no gap in the log", round)
                                              .containsExactlyElementsOf(
                                                      LongStream.rangeClosed(1, log.size()).boxed().toList());
                System.out.printf("kill -9 round %d: %d acknowledged this round, %d in the log (%d written but not yet acknowledged)%n",
                                  round, thisRound.size(), log.size(), log.size() - acknowledged.size());
            }
        }
    }

    private static Set<String> appendUntilKilled(Path dataDirectory, int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                                           "-cp", System.getProperty("java.class.path"),
                                           AppendingChild.class.getName(), dataDirectory.toString(),
                                           String.valueOf(round))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && acknowledged.size() < ACKS_BEFORE_KILL) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                }
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
        assertThat(acknowledged).as("the child acknowledged appends before it was killed").hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        return acknowledged;
    }
}
