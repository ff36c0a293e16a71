package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * The server as a process of its own ({@link StandaloneServer}, what the standalone jar runs): it says where it
 * listens, a driver signs in with the directory's credentials and writes; stopped by SIGTERM it closes the store
 * cleanly (the directory's lock given back), and a new process on the same directory finds what was written.
 */
class StandaloneServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void servesUntilStoppedThenAnotherProcessFindsWhatWasWritten() throws Exception {
        Process first = start();
        try {
            String address = addressOf(first);
            try (MongoClient client = MongoClients.create(signedIn(address))) {
                client.getDatabase("entente").getCollection("events").insertOne(new Document("_id", "e-1").append("type", "Written"));
            }
        } finally {
            first.destroy();
        }
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();

        Process second = start();
        try {
            String address = addressOf(second);
            try (MongoClient client = MongoClients.create(signedIn(address))) {
                assertThat(client.getDatabase("entente").getCollection("events").find().first())
                        .containsEntry("type", "Written");
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void refusesAnOptionItDoesNotKnow() {
        assertThatThrownBy(() -> StandaloneServer.settings(new String[] {"--prot=27018"}))
                .hasMessageContaining("unknown option --prot");
        assertThat(StandaloneServer.settings(new String[] {"--port=0", "--durability=no-sync", "--bind=127.0.0.1"}))
                .extracting(EmbeddedMongoSettings::port, EmbeddedMongoSettings::durability)
                .containsExactly(0, Durability.NO_SYNC);
    }

    private Process start() throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), StandaloneServer.class.getName(),
            "--data-directory=" + dataDirectory, "--port=0");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /** The address the process printed, such as {@code mongodb://127.0.0.1:40123}; the password it never prints. */
    private static String addressOf(Process server) throws IOException {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("Embedded MongoDB server listening on ")) {
                assertThat(line).contains("password in ");
                return line.substring("Embedded MongoDB server listening on ".length()).split(",")[0];
            }
        }
        throw new AssertionError("the standalone server ended without saying where it listens");
    }

    private String signedIn(String address) {
        StoreCredentials credentials = StoreCredentials.loadOrCreate(dataDirectory, new SecureRandom());
        assertThat(credentials.username()).isEqualTo("hub");
        return address.replace("mongodb://", "mongodb://" + credentials.username() + ":"
                               + URLEncoder.encode(credentials.password(), StandardCharsets.UTF_8) + "@")
               + "/?authSource=admin&authMechanism=SCRAM-SHA-256";
    }
}
