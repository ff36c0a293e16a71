package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

/**
 * A child JVM runs the embedded server and writes through the driver (4 inserting threads, one counter);
 * it is killed with SIGKILL in full flow, and every write it had seen acknowledged must be there after a restart
 * on the same directory. Three rounds on the same directory.
 */
class KillNineUnderLoadLosesNoAcknowledgedWriteTest {

    private static final int ROUNDS = 3;
    private static final int ACKS_BEFORE_KILL = 1_000;

    @TempDir
    Path dataDirectory;

    @Test
    void everyAcknowledgedWriteSurvivesKill9() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        long lastCounter = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Process child = startChild("r" + round);
            List<String> lines = new ArrayList<>();
            int acksThisRound = 0;
            long started = System.nanoTime();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                    if (line.startsWith("ACK ") && ++acksThisRound == ACKS_BEFORE_KILL) {
                        // SIGKILL; through the handle, because Process.destroyForcibly() also closes our end of
                        // the pipe, and the lines the child printed just before dying are still in it
                        child.toHandle().destroyForcibly();
                        break;
                    }
                    if (line.startsWith("FAIL ")) {
                        break;
                    }
                }
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
                // what the child printed before it died was acknowledged before it died
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } finally {
                child.destroyForcibly();
            }
            assertThat(lines).as("child output").noneMatch(l -> l.startsWith("FAIL "));
            long roundCounter = lastCounter;
            int roundAcks = 0;
            for (String line : lines) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(line.substring(4));
                    roundAcks++;
                } else if (line.startsWith("CNT ")) {
                    roundCounter = Math.max(roundCounter, Long.parseLong(line.substring(4)));
                }
            }
            lastCounter = roundCounter;
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, null, 0));
                 MongoClient client = MongoClients.create(server.connectionString())) {
                Set<String> present = new HashSet<>();
                client.getDatabase("kill").getCollection("events").find().projection(new Document("_id", 1))
                    .forEach(d -> present.add(d.getString("_id")));
                Document counter = client.getDatabase("kill").getCollection("counters").find(Filters.eq("_id", "counter")).first();
                long counterValue = counter == null ? 0 : counter.getLong("value");
                Set<String> lost = new HashSet<>(acknowledged);
                lost.removeAll(present);
                System.out.printf("kill -9 round %d: %d inserts acknowledged this round (%d in all), %d present after restart"
                        + " (unacknowledged extras: %d), lost: %d; counter acknowledged %d, found %d; round took %d ms%n",
                    round, roundAcks, acknowledged.size(), present.size(), present.size() - (acknowledged.size() - lost.size()),
                    lost.size(), lastCounter, counterValue, millis);
                assertThat(lost).as("acknowledged inserts missing after kill -9").isEmpty();
                assertThat(counterValue).isGreaterThanOrEqualTo(lastCounter);
            }
        }
    }

    private Process startChild(String round) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), EmbeddedServerChildMain.class.getName(),
            "write", dataDirectory.toString(), round);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
