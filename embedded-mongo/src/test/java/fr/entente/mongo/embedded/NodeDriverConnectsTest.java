package fr.entente.mongo.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README promises that MongoDB tools read the embedded store with its credentials: a current official driver of
 * another language, the Node.js driver 7 from npm (pinned in {@code src/test/node/package-lock.json}), authenticates
 * (SCRAM-SHA-256), writes and reads back; without credentials it is refused. Drivers of that generation refuse servers
 * that report a wire version below 9.
 */
class NodeDriverConnectsTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theNodeJsDriverSevenAuthenticatesWritesAndReadsAndIsRefusedWithoutCredentials() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(EmbeddedMongoSettings.of(dataDirectory).withPort(0))) {
            Process node = new ProcessBuilder("node", "connects.mjs", server.connectionString(), server.address(),
                "node_test")
                    .directory(Path.of("src/test/node").toFile())
                    .redirectErrorStream(true)
                    .start();
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = output(node);
            assertThat(node.exitValue()).as(output).isZero();
            assertThat(output).contains("\"maxWireVersion\":17").contains("écrit par le pilote Node.js")
                .contains("\"anonymous\":\"refused 13 Unauthorized\"");
        }
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
