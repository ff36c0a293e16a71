package fr.entente.web.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Optional;

import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator invites a person, who sets a password from the one-time link and signs in; passwords change. */
@ExtendWith(SharedApiWorld.class)
class InvitationAndPasswordTest {

    private static final String INVITATIONS = "/api/cooperations/" + HDF + "/invitations";
    private static final String NEW_PASSWORD = "une phrase secrète pour Entente";

    @Test
    void invitesAPersonWhoSetsAPasswordOnceThenSignsIn(ApiWorld world) {
        Response invited = world.signedIn(ADMIN_HDF).post(INVITATIONS,
                "{\"displayName\":\"Sophie Durand\",\"email\":\"Sophie.Durand@cdg60.fr\",\"organisationId\":\"cdg-60\","
                + "\"username\":\"sophie.durand\"}");

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        JsonNode invitation = invited.json();
        String personId = invitation.path("personId").asText();
        String link = invitation.path("link").asText();
        assertThat(invitation.path("emailed").asBoolean()).isFalse();
        assertThat(invitation.path("email").asText()).isEqualTo("sophie.durand@cdg60.fr");
        assertThat(link).startsWith("http://localhost:" + world.port() + "/invitation/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(eventually(() -> world.membership(HDF, personId)).organisationId())
                .as("registered in the cooperation by command").isEqualTo("cdg-60");

        ApiClient sophie = new ApiClient(world.port());
        Response page = sophie.getPage("/invitation/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sophie Durand", "<label for=\"password\">")
                               .as("the invited person is told the username they will sign in with")
                               .containsPattern("id=\"identifiant\">[\\s\\S]*<strong>sophie.durand</strong>");
        assertThat(sophie.signIn("sophie.durand", NEW_PASSWORD).status()).as("not before the password is set").isEqualTo(401);

        Response accepted = sophie.post("/api/invitations/" + token, "{\"password\":\"" + NEW_PASSWORD + "\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("username").asText()).isEqualTo("sophie.durand");

        Response again = new ApiClient(world.port()).post("/api/invitations/" + token, "{\"password\":\"une autre phrase pour pirater le lien\"}");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().path("code").asText()).isEqualTo("invitation.not-found");
        assertThat(sophie.signIn("Sophie.Durand", NEW_PASSWORD).status()).isEqualTo(200);
        JsonNode me = eventually(() -> Optional.of(sophie.get("/api/me").json())
                .filter(json -> json.path("cooperations").size() == 1));
        assertThat(me.path("cooperations").get(0).path("organisationId").asText()).isEqualTo("cdg-60");
    }

    @Test
    void setsThePasswordThroughTheInvitationPage(ApiWorld world) {
        String link = world.signedIn(ADMIN_HDF).post(INVITATIONS,
                "{\"displayName\":\"Paul Leroy\",\"email\":\"paul.leroy@cdg59.fr\",\"organisationId\":\"cdg-59\"}")
                .json().path("link").asText();
        String path = link.substring(link.indexOf("/invitation/"));
        ApiClient browser = new ApiClient(world.port());
        browser.getPage(path);

        Response tooShort = browser.form(path, Map.of("password", "court", "confirmation", "court"), "text/html");
        Response accepted = browser.form(path, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD), "text/html");

        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.body()).contains("au moins 12 caractères");
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).endsWith("/connexion?bienvenue");
        assertThat(new ApiClient(world.port()).signIn("paul.leroy@cdg59.fr", NEW_PASSWORD).status())
                .as("signs in with the e-mail address when no username was chosen").isEqualTo(200);
    }

    @Test
    void keepsNothingWhenTheRegistrationIsRefused(ApiWorld world) {
        long eventsBefore = world.eventCount();

        Response refused = world.signedIn(ADMIN_HDF).post(INVITATIONS,
                "{\"displayName\":\"Personne Inconnue\",\"email\":\"inconnue@cdg976.fr\",\"organisationId\":\"cdg-976\"}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().path("code").asText()).isEqualTo("cooperation.organisation-unknown");
        assertThat(world.eventCount()).isEqualTo(eventsBefore);
        assertThat(world.bean(MongoDatabase.class).getCollection(PersonAccounts.COLLECTION)
                        .countDocuments(new Document("email", "inconnue@cdg976.fr"))).isZero();
    }

    @Test
    void changesThePasswordWithTheCurrentOne(ApiWorld world) {
        world.asSystem(HDF, new fr.entente.cooperation.api.RegisterPersonCommand(HDF, "person-changing", "cdg-59"));
        eventually(() -> world.membership(HDF, "person-changing"));
        world.bean(PersonAccounts.class).createActiveAccount("person-changing", "changeant", "Léa Changeant",
                                                             "lea.changeant@cdg59.fr", PASSWORD);
        ApiClient lea = ApiClient.signedIn(world.port(), "changeant", PASSWORD);

        Response wrongCurrent = lea.post("/api/me/password",
                "{\"currentPassword\":\"pas le bon mot de passe\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
        Response tooShort = lea.post("/api/me/password", "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"court\"}");
        Response changed = lea.post("/api/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");

        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.json().path("field").asText()).isEqualTo("currentPassword");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().path("field").asText()).isEqualTo("newPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(new ApiClient(world.port()).signIn("changeant", PASSWORD).status()).isEqualTo(401);
        assertThat(new ApiClient(world.port()).signIn("changeant", NEW_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void answersAnInvitationOfAnExistingAccountExactlyAsAnyOtherAndCreatesNothing(ApiWorld world) {
        long eventsBefore = world.eventCount();
        ApiClient administrator = world.signedIn(ADMIN_BZH);

        Response existingEmail = administrator.post("/api/cooperations/" + ApiWorld.BZH + "/invitations",
                "{\"displayName\":\"Claire Martin\",\"email\":\"claire.martin@cdg59.fr\",\"organisationId\":\"cdg-35\"}");
        Response existingUsername = administrator.post("/api/cooperations/" + ApiWorld.BZH + "/invitations",
                "{\"displayName\":\"Marc\",\"email\":\"marc.nouveau@cdg35.fr\",\"organisationId\":\"cdg-35\","
                + "\"username\":\"membre.hdf\"}");

        for (Response answer : java.util.List.of(existingEmail, existingUsername)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.json().fieldNames()).toIterable().containsExactlyInAnyOrder("personId", "cooperationId",
                    "organisationId", "username", "displayName", "email", "expiresAt", "emailed", "link");
            assertThat(answer.json().path("link").asText()).contains("/invitation/");
        }
        assertThat(existingEmail.json().path("email").asText()).isEqualTo("claire.martin@cdg59.fr");
        assertThat(world.eventCount()).as("nobody registered").isEqualTo(eventsBefore);
        assertThat(world.bean(PersonAccounts.class).holderOf("marc.nouveau@cdg35.fr", "marc.nouveau@cdg35.fr"))
                .as("no account created").isEmpty();
    }
}
