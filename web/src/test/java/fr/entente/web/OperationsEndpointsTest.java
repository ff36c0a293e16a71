package fr.entente.web;

import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.RunningHub;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads: health of the store and of the event processors (with their lag; details for people who
 * administer a cooperation only), and metrics (for a scraper with the configured token, or an administrator).
 */
class OperationsEndpointsTest {

    private static final String METRICS_TOKEN = "jeton-des-metriques-de-test";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reportsTheStoreAndTheProcessorsWithTheirLagInHealthAndMetrics(@TempDir Path data) throws Exception {
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName(), context -> { },
                                               java.util.List.of("--entente.operations.metrics-token=" + METRICS_TOKEN))) {
            fr.entente.web.security.support.Directory.cooperationWithPeople(hub, "operator", "member");
            fr.entente.web.security.support.Directory.system(hub, new fr.entente.cooperation.api.AppointAdministratorCommand(
                    fr.entente.web.security.support.Directory.COOPERATION, "person-operator"));
            hub.bean(PersonAccounts.class).createActiveAccount("person-operator", "exploitant", "Exploitant", "ops@test.invalid",
                                                               "mot-de-passe-de-test");
            hub.bean(PersonAccounts.class).createActiveAccount("person-member", "membre", "Membre", "membre@test.invalid",
                                                               "mot-de-passe-de-test");
            fr.entente.web.testing.ApiWorld.eventually(() -> hub.bean(fr.entente.web.security.Memberships.class)
                    .administersACooperation("person-operator") ? java.util.Optional.of(true) : java.util.Optional.empty());

            HttpResponse<String> anonymous = get(hub, "/actuator/health");
            assertThat(anonymous.statusCode()).isEqualTo(200);
            assertThat(anonymous.body()).as("no details for anonymous callers").startsWith("{\"status\":\"UP\"")
                                        .doesNotContain("components", "eventProcessors");
            HttpResponse<String> member = SignedInSession.signIn(hub.port(), "membre", "mot-de-passe-de-test")
                                                         .get("/actuator/health");
            assertThat(member.body()).as("no details for a person who administers nothing").startsWith("{\"status\":\"UP\"")
                                     .doesNotContain("components", "eventProcessors");

            HttpResponse<String> health = SignedInSession.signIn(hub.port(), "exploitant", "mot-de-passe-de-test")
                                                         .get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"")
                                     .contains("\"mongo\"").contains("embedded MongoDB-wire server")
                                     .contains("\"eventProcessors\"").contains("\"cooperation-directory\"")
                                     .contains("\"lag\"").contains("\"readinessState\"");

            assertThat(get(hub, "/actuator/prometheus").statusCode()).as("metrics without the token").isEqualTo(401);
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + hub.port()
                    + "/actuator/prometheus")).header("Authorization", "Bearer " + METRICS_TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("entente_processor_lag{processor=\"cooperation-directory\"")
                                      .contains("entente_log_head");
        }
    }

    private HttpResponse<String> get(RunningHub hub, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + hub.port() + path)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }
}
