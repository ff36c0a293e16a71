package fr.entente.web.operations;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.FreePorts;
import fr.entente.web.testing.RunningHub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer who signs in the moment the hub says it is up finds their demo account and cooperation: the health
 * (which includes readiness) answers UP only once the first start's demo data is loaded and shown.
 */
class ReadinessTest {

    private static final String DEMO_PASSWORD = "entente-demo-2026";

    @Test
    void answersUpOnlyOnceTheDemoDataIsLoaded(@TempDir Path data) throws Exception {
        int port = FreePorts.next();
        CompletableFuture<RunningHub> starting = CompletableFuture.supplyAsync(() -> RunningHub.start(data,
                RunningHub.freshDatabaseName(), context -> { },
                List.of("--entente.demo.enabled=true", "--server.port=" + port)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        boolean up = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!up && System.nanoTime() < deadline) {
            up = healthIsUp(http, port);
            if (!up) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        assertThat(up).as("the hub came up").isTrue();

        ApiClient.Response signIn = new ApiClient(port).signIn("referent.59", DEMO_PASSWORD);
        assertThat(signIn.status()).as("a demo account signs in as soon as health says UP: " + signIn).isEqualTo(200);
        try (RunningHub hub = starting.get(3, TimeUnit.MINUTES)) {
            ApiClient newcomer = ApiClient.signedIn(port, "referent.59", DEMO_PASSWORD);
            assertThat(newcomer.get("/api/me").json().path("cooperations")).isNotEmpty();
        }
    }

    private static boolean healthIsUp(HttpClient http, int port) {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

}
