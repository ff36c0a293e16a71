package fr.entente.web.cooperation;

import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person removed from their last cooperation has nothing left there: their open session ends, they can no longer
 * sign in (told what a wrong password is told), and their calendar feed answers 404.
 */
@ExtendWith(SharedApiWorld.class)
class RemovalEndsAccessTest {

    private static final String LEAVING = "person-leaving-for-good";

    @Test
    void endsTheSessionsTheSignInAndTheFeedOfAPersonRemovedFromTheirLastCooperation(ApiWorld world) {
        world.asSystem(HDF, new RegisterPersonCommand(HDF, LEAVING, "cdg-60"));
        world.bean(PersonAccounts.class).createActiveAccount(LEAVING, "partant", "Paul Partant", "paul.partant@cdg60.fr",
                                                             PASSWORD);
        eventually(() -> world.membership(HDF, LEAVING));
        ApiClient leaving = ApiClient.signedIn(world.port(), "partant", PASSWORD);
        String feed = leaving.get("/api/me/calendar").json().path("url").asText().replaceFirst("^https?://[^/]+", "");
        assertThat(new ApiClient(world.port()).getPage(feed).status()).isEqualTo(200);

        assertThat(world.signedIn(ADMIN_HDF).delete("/api/cooperations/" + HDF + "/people/" + LEAVING).status())
                .isEqualTo(204);
        eventually(() -> world.membership(HDF, LEAVING).isEmpty() ? Optional.of(true) : Optional.empty());
        // the hub drops what it knew of the person once the projection has announced the removal
        world.eventCount();

        Response me = leaving.get("/api/me");
        assertThat(me.status()).as("the session open before the removal").isEqualTo(401);
        assertThat(me.json().path("code").asText()).isEqualTo("auth.required");
        Response signIn = new ApiClient(world.port()).signIn("partant", PASSWORD);
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.json().path("code").asText()).isEqualTo("sign-in.failed");
        assertThat(new ApiClient(world.port()).getPage(feed).status()).as("the calendar feed").isEqualTo(404);
    }
}
