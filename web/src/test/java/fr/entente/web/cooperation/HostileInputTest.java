package fr.entente.web.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;

import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile input, sent by an administrator who could otherwise change the directory: each gets
 * problem details naming the field and the fix, and the log does not change.
 */
@ExtendWith(SharedApiWorld.class)
class HostileInputTest {

    private static final String CENTRES = "/api/cooperations/" + HDF + "/centres";
    private static final String BODIES = "/api/cooperations/" + HDF + "/bodies";

    private ApiWorld world;
    private ApiClient administrator;
    private long eventsBefore;

    @BeforeEach
    void signIn(ApiWorld world) {
        this.world = world;
        administrator = world.signedIn(ADMIN_HDF);
        eventsBefore = world.eventCount();
    }

    @Test
    void refusesMalformedJson() {
        Response response = administrator.post(CENTRES, "{\"departmentCode\": \"62\", \"name\": ");

        JsonNode problem = refused(response, 400, "request.malformed-json");
        assertThat(problem.path("detail").asText()).contains("n'est pas un JSON valide", "ligne 1");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        Response response = administrator.post(CENTRES, "{\"departmentCode\":\"62\",\"name\":\"CDG 62\",\"administrator\":true}");

        JsonNode problem = refused(response, 400, "request.unknown-field");
        assertThat(problem.path("field").asText()).isEqualTo("administrator");
        assertThat(problem.path("detail").asText()).contains("« administrator » n'est pas attendu", "departmentCode, name");
    }

    @Test
    void refusesAMissingFieldNamingIt() {
        Response response = administrator.post(CENTRES, "{\"departmentCode\":\"62\"}");

        JsonNode problem = refused(response, 422, "request.invalid-fields");
        assertThat(problem.path("field").asText()).isEqualTo("name");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("Donnez le nom du centre");
    }

    @Test
    void refusesAValueOutsideAChoiceListingTheChoices() {
        Response response = administrator.post(BODIES, "{\"kind\":\"COUNCIL\",\"name\":\"Conseil\"}");

        JsonNode problem = refused(response, 400, "request.invalid-value");
        assertThat(problem.path("field").asText()).isEqualTo("kind");
        assertThat(problem.path("detail").asText()).contains("« COUNCIL »", "STEERING_COMMITTEE", "WORKING_GROUP");
    }

    @Test
    void refusesAScriptInAName() {
        Response centre = administrator.post(CENTRES, "{\"departmentCode\":\"62\",\"name\":\"<script>alert(1)</script>\"}");
        Response invitation = administrator.post("/api/cooperations/" + HDF + "/invitations",
                "{\"displayName\":\"Eve <img src=x onerror=alert(1)>\",\"email\":\"eve@cdg59.fr\",\"organisationId\":\"cdg-59\"}");

        assertThat(refused(centre, 422, "request.invalid-fields").path("field").asText()).isEqualTo("name");
        JsonNode problem = refused(invitation, 422, "request.invalid-fields");
        assertThat(problem.path("field").asText()).isEqualTo("displayName");
        assertThat(problem.path("detail").asText()).contains("Les caractères < et > ne sont pas acceptés");
    }

    @Test
    void refusesAnOversizedBody() {
        String name = "x".repeat(600 * 1024);

        Response response = administrator.post(CENTRES, "{\"departmentCode\":\"62\",\"name\":\"" + name + "\"}");

        JsonNode problem = refused(response, 413, "request.too-large");
        assertThat(problem.path("detail").asText()).contains("512 Ko");
    }

    @Test
    void refusesAnOversizedBodySentWithoutItsLength() {
        byte[] body = ("{\"departmentCode\":\"62\",\"name\":\"" + "x".repeat(600 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        Response response = administrator.write("POST", CENTRES,
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "application/json");

        refused(response, 413, "request.too-large");
    }

    @Test
    void refusesABodyThatIsNotJson() {
        Response response = administrator.write("POST", CENTRES, BodyPublishers.ofString("departmentCode=62"), "text/plain");

        refused(response, 415, "request.unsupported-media-type");
    }

    @Test
    void refusesAnEmptyBody() {
        Response response = administrator.post(CENTRES, "");

        refused(response, 400, "request.body-missing");
    }

    @Test
    void answersAnUnknownAddressWithProblemDetails() {
        Response response = administrator.get("/api/nothing-here");

        refused(response, 404, "request.not-found");
    }

    private JsonNode refused(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at fr.entente", "at org.");
        assertThat(world.eventCount()).as("events after a refusal").isEqualTo(eventsBefore);
        return problem;
    }
}
