package fr.entente.web.security;

import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords people choose are hard to guess (a strength estimator and French common passwords); changing one's
 * password ends one's other sessions; guessing the current password through the change is slowed down.
 */
@ExtendWith(SharedApiWorld.class)
class PasswordsTest {

    private static final String NEW_PASSWORD = "une girafe mange des crêpes au port";

    @Test
    void refusesPasswordsThatAreEasyToGuess(ApiWorld world) {
        ApiClient person = personSignedIn(world, "person-weak-passwords", "mots.faibles");

        for (String weak : List.of("aaaaaaaaaaaa", "azertyuiop123", "motdepasse2026", "123456789012", "password1234")) {
            Response refused = person.post("/api/me/password",
                    "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + weak + "\"}");

            assertThat(refused.status()).as(weak).isEqualTo(422);
            assertThat(refused.json().path("field").asText()).isEqualTo("newPassword");
            assertThat(refused.json().path("detail").asText()).contains("se devine trop facilement");
        }
        assertThat(new ApiClient(world.port()).signIn("mots.faibles", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void endsThePersonsOtherSessionsWhenTheyChangeTheirPassword(ApiWorld world) {
        ApiClient here = personSignedIn(world, "person-two-sessions", "deux.sessions");
        ApiClient elsewhere = ApiClient.signedIn(world.port(), "deux.sessions", PASSWORD);

        assertThat(here.post("/api/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}").status()).isEqualTo(204);

        assertThat(elsewhere.get("/api/me").status()).as("the other session").isEqualTo(401);
        assertThat(here.get("/api/me").status()).as("the session that changed it").isEqualTo(200);
    }

    @Test
    void slowsDownGuessingTheCurrentPassword(ApiWorld world) {
        ApiClient person = personSignedIn(world, "person-guessed-current", "devine.actuel");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(person.post("/api/me/password",
                    "{\"currentPassword\":\"essai " + attempt + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}").status())
                    .isEqualTo(422);
        }

        Response throttled = person.post("/api/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().path("code").asText()).isEqualTo("account.password-change-throttled");
    }

    private static ApiClient personSignedIn(ApiWorld world, String personId, String username) {
        world.asSystem(HDF, new RegisterPersonCommand(HDF, personId, "cdg-59"));
        world.bean(PersonAccounts.class).createActiveAccount(personId, username, "Personne " + username,
                                                             username + "@cdg59.fr", PASSWORD);
        eventually(() -> world.membership(HDF, personId));
        return ApiClient.signedIn(world.port(), username, PASSWORD);
    }
}
