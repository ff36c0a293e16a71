package fr.entente.web.security;

import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out through the running hub: the page, the API's answers, CSRF, throttling. */
@ExtendWith(SharedApiWorld.class)
class SignInTest {

    @Test
    void showsAFrenchAccessibleSignInPageWithACsrfField(ApiWorld world) {
        Response page = new ApiClient(world.port()).getPage("/connexion");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"", "<main id=\"contenu\" tabindex=\"-1\">", "<label for=\"username\">Identifiant</label>",
                                         "<label for=\"password\">Mot de passe</label>", "name=\"_csrf\"", "Se connecter");
    }

    @Test
    void answersAnApiRequestWithoutSession401ProblemDetails(ApiWorld world) {
        Response response = new ApiClient(world.port()).get("/api/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().path("code").asText()).isEqualTo("auth.required");
        assertThat(response.json().path("detail").asText()).contains("Connectez-vous d'abord");
    }

    @Test
    void sendsABrowserWithoutSessionToTheSignInPage(ApiWorld world) {
        Response response = new ApiClient(world.port()).getPage("/");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/connexion");
    }

    @Test
    void signsInAsAnApiClientWhateverTheCaseOfTheUsername(ApiWorld world) {
        ApiClient client = new ApiClient(world.port());
        Response signedIn = client.signIn("MEMBRE.HDF", PASSWORD);

        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.json().path("personId").asText()).isEqualTo(MEMBER_HDF.personId());
        assertThat(signedIn.headers().get("set-cookie")).as("the renewed CSRF token comes with the answer")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").doesNotStartWith("XSRF-TOKEN=;"));
        assertThat(client.get("/api/me").json().path("personId").asText()).isEqualTo(MEMBER_HDF.personId());
    }

    @Test
    void signsInABrowserAndShowsItsHomePage(ApiWorld world) {
        ApiClient browser = new ApiClient(world.port());
        Response signedIn = browser.form("/connexion", Map.of("username", MEMBER_HDF.username(), "password", PASSWORD),
                                         "text/html");

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(browser.getPage("/").body()).contains("Bonjour Marc Petit");
    }

    @Test
    void refusesAWrongPasswordWithTheSameMessageAsAnUnknownUsername(ApiWorld world) {
        Response wrongPassword = new ApiClient(world.port()).signIn(MEMBER_HDF.username(), "not the password at all");
        Response unknownUser = new ApiClient(world.port()).signIn("nobody.here", "not the password at all");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("code").asText()).isEqualTo("sign-in.failed");
        assertThat(wrongPassword.json().path("detail")).isEqualTo(unknownUser.json().path("detail"));
    }

    @Test
    void tellsABrowserInFrenchWhySignInFailed(ApiWorld world) {
        ApiClient browser = new ApiClient(world.port());
        Response failed = browser.form("/connexion", Map.of("username", "nobody.at.all", "password", "wrong"), "text/html");

        assertThat(failed.location()).endsWith("/connexion?erreur");
        assertThat(browser.getPage("/connexion?erreur").body()).contains("role=\"alert\"", "Identifiant ou mot de passe incorrect.");
    }

    @Test
    void refusesAnUnsafeRequestWithoutCsrfToken(ApiWorld world) {
        ApiClient client = world.signedIn(MEMBER_HDF);
        Response response = client.postWithoutCsrf("/api/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"un autre mot de passe\"}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("code").asText()).isEqualTo("auth.csrf-token-missing");
        assertThat(response.json().path("detail").asText()).contains("X-XSRF-TOKEN");
    }

    @Test
    void locksAUsernameAfterFiveFailuresEvenForTheRightPassword(ApiWorld world) {
        world.bean(PersonAccounts.class).createActiveAccount("person-throttled", "guessed.user", "Compte Visé",
                                                             "guessed.user@cdg59.fr", PASSWORD);
        ApiClient attacker = new ApiClient(world.port());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(attacker.signIn("guessed.user", "guess number " + attempt).status()).isEqualTo(401);
        }

        Response locked = new ApiClient(world.port()).signIn("guessed.user", PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().path("code").asText()).isEqualTo("sign-in.throttled");
        assertThat(locked.json().path("detail").asText()).contains("Trop de tentatives", "réessayez dans 1 minute");
        assertThat(locked.headers().get("retry-after")).containsExactly("30");
        assertThat(new ApiClient(world.port()).signIn(MEMBER_HDF.username(), PASSWORD).status())
                .as("another person from the same address").isEqualTo(200);
    }

    @Test
    void signsOutAndTheSessionNoLongerWorks(ApiWorld world) {
        ApiClient client = world.signedIn(MEMBER_HDF);

        assertThat(client.write("POST", "/deconnexion", java.net.http.HttpRequest.BodyPublishers.noBody(),
                                "application/json").status()).isEqualTo(204);

        assertThat(client.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void publishesHealthAndTheApiDocumentationWithoutSignIn(ApiWorld world) {
        ApiClient anonymous = new ApiClient(world.port());

        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        Response apiDocs = anonymous.get("/v3/api-docs");
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("/api/cooperations/{cooperationId}/bodies/{bodyId}", "/api/me/password",
                                            "eventually consistent");
        Response swaggerUi = anonymous.getPage("/swagger-ui.html");
        assertThat(swaggerUi.status()).isEqualTo(302);
        assertThat(anonymous.getPage(swaggerUi.location().replaceFirst("^https?://[^/]+", "")).status()).isEqualTo(200);
    }
}
