package fr.entente.web.security;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response carries a Content-Security-Policy without {@code unsafe-inline}, a Referrer-Policy and a
 * Permissions-Policy: pages, the API, static files, errors, and what the firewall and the servlet container refuse,
 * which are answered as problem details; {@code /error} asked for directly is an unknown address.
 */
@ExtendWith(SharedApiWorld.class)
class ResponseHeadersTest {

    @Test
    void setsTheSecurityHeadersOnEveryKindOfResponse(ApiWorld world) {
        ApiClient anonymous = new ApiClient(world.port());
        ApiClient member = world.signedIn(MEMBER_HDF);
        Map<String, Response> responses = new LinkedHashMap<>();
        responses.put("sign-in page", anonymous.getPage("/connexion"));
        responses.put("home page", member.getPage("/"));
        responses.put("page not found", member.getPage("/no-such-page"));
        responses.put("API", member.get("/api/me"));
        responses.put("API refused", anonymous.get("/api/me"));
        responses.put("API not found", member.get("/api/no-such-thing"));
        responses.put("static file", anonymous.getPage("/css/entente.css"));
        responses.put("health", anonymous.get("/actuator/health"));
        responses.put("firewall", member.get("/api/cooperations/hauts-de-france;jsessionid=x"));
        responses.put("container", member.get("/api/cooperations/a%2Fb"));
        responses.put("error path", anonymous.get("/error"));

        responses.forEach((kind, response) -> {
            assertThat(header(response, "content-security-policy")).as(kind + ": " + response)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                              "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(header(response, "referrer-policy")).as(kind).isEqualTo("same-origin");
            assertThat(header(response, "permissions-policy")).as(kind).contains("camera=()", "geolocation=()");
        });
    }

    @Test
    void answersWhatTheFirewallAndTheContainerRefuseWithProblemDetails(ApiWorld world) {
        ApiClient member = world.signedIn(MEMBER_HDF);
        for (String path : List.of("/api/cooperations/hauts-de-france;x=y", "/api/cooperations/a%2Fb",
                                   "/api/cooperations/" + "a".repeat(10_000))) {
            Response response = member.get(path);

            assertThat(response.status()).as(path.length() > 100 ? "a 10,000-character id" : path).isEqualTo(400);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
            assertThat(response.json().path("code").asText()).isEqualTo("request.rejected");
            assertThat(response.json().path("detail").asText()).contains("n'est pas acceptée");
        }
    }

    @Test
    void answersTheErrorPathAskedForDirectlyAsAnUnknownAddress(ApiWorld world) {
        Response response = new ApiClient(world.port()).get("/error");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("code").asText()).isEqualTo("request.not-found");
    }

    @Test
    void templatesHoldNoInlineScriptNorStyle(ApiWorld world) {
        String home = world.signedIn(MEMBER_HDF).getPage("/").body();

        assertThat(home).doesNotContain("style=\"", "<style", " onclick=", " onload=");
        assertThat(java.util.Arrays.stream(home.split("<script")).skip(1).toList()).allSatisfy(script ->
                assertThat(script).as("a script either loads a file of the hub or is JSON data")
                        .matches("(?s)( src=\".*|[^>]*type=\"application/json\".*)"));
    }

    private static String header(Response response, String name) {
        return response.headers().getOrDefault(name, List.of("")).get(0);
    }
}
