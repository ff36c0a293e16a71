package fr.entente.web;

import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.infra.audit.Actor;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.RunningHub;
import fr.entente.web.testing.SignedInSession;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator reads: health of the store and of the event processors (with their lag; details for signed-in
 * people only), and metrics.
 */
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reportsTheStoreAndTheProcessorsWithTheirLagInHealthAndMetrics(@TempDir Path data) throws Exception {
        try (RunningHub hub = RunningHub.start(data, RunningHub.freshDatabaseName())) {
            hub.bean(CommandGateway.class).sendAndWait(GenericCommandMessage
                    .asCommandMessage(new CreateCooperationCommand("bretagne", "Coopération bretonne", "Bretagne"))
                    .andMetaData(Actor.system("bretagne").toMetaData()));

            HttpResponse<String> anonymous = get(hub, "/actuator/health");
            assertThat(anonymous.statusCode()).isEqualTo(200);
            assertThat(anonymous.body()).as("no details for anonymous callers").isEqualTo("{\"status\":\"UP\"}");

            hub.bean(PersonAccounts.class).createActiveAccount("person-operator", "exploitant", "Exploitant", "ops@test.invalid",
                                                               "mot-de-passe-de-test");
            HttpResponse<String> health = SignedInSession.signIn(hub.port(), "exploitant", "mot-de-passe-de-test")
                                                         .get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"")
                                     .contains("\"mongo\"").contains("embedded MongoDB-wire server")
                                     .contains("\"eventProcessors\"").contains("\"cooperation-directory\"")
                                     .contains("\"lag\"").contains("\"headOfLog\":1");

            HttpResponse<String> metrics = get(hub, "/actuator/prometheus");
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
