package fr.entente.web;

import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address the hub does not know: a browser (which accepts HTML) gets the 404 page, in French, with the layout and a
 * way back; an API client gets problem details, as it does for every refusal.
 */
@ExtendWith(SharedApiWorld.class)
class UnknownAddressesTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserGetsThePageAndAnApiClientProblemDetails(ApiWorld world) throws Exception {
        String session = SignedInSession.signIn(world.port(), ADMIN_HDF.username(), ApiWorld.PASSWORD).cookieHeader();

        HttpResponse<String> page = get(world, "/cooperations/hauts-de-france/nulle-part/ailleurs", BROWSER_ACCEPT, session);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"fr\"", "Page introuvable", "Retour à l’accueil", "Claire Martin")
                               .doesNotContain("\"status\":404");

        HttpResponse<String> api = get(world, "/api/nulle-part", "application/json", session);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":404", "\"code\"");

        HttpResponse<String> script = get(world, "/nulle-part", "application/json", session);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static HttpResponse<String> get(ApiWorld world, String path, String accept, String cookies) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + world.port() + path))
                                                          .header("Accept", accept).header("Cookie", cookies).build(),
                                               HttpResponse.BodyHandlers.ofString());
    }
}
