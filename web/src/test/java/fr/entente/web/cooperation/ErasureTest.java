package fr.entente.web.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.infra.logchain.LogChain;
import fr.entente.infra.logchain.LogCheckpoints;
import fr.entente.infra.logchain.LogVerifier;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.meeting.api.ScheduleMeetingCommand;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002, art. 7.4: a person takes away what the hub holds about them; an administrator erases them. Afterwards no
 * collection of the store holds their name, e-mail or username (every collection scanned), their sign-in and feed are
 * refused, the pages say nothing of them but "personne supprimée", their acts stay in the log under their identifier,
 * and the log still verifies. A person who belongs to another cooperation is not erased; nobody is erased twice.
 */
@ExtendWith(SharedApiWorld.class)
class ErasureTest {

    private static final String BODY = "gt-effacement";
    private static final String PERSON = "person-gaspard-effacable";
    private static final String NAME = "Gaspard Effaçable";
    private static final String USERNAME = "gaspard.effacable";
    private static final String EMAIL = "gaspard.effacable@cdg59.example.fr";

    @Test
    void aPersonTakesTheirDataAwayThenIsErasedAndNothingOfThemRemainsButTheirIdentifier(ApiWorld world) {
        world.asSystem(HDF, new CreateBodyCommand(HDF, BODY, BodyKind.WORKING_GROUP, "Groupe de travail effacement"));
        world.asSystem(HDF, new RegisterPersonCommand(HDF, PERSON, "cdg-59"));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, PERSON, BodyRole.MEMBER));
        world.bean(PersonAccounts.class).createActiveAccount(PERSON, USERNAME, NAME, EMAIL, PASSWORD);
        world.asSystem(HDF, new ScheduleMeetingCommand("reunion-effacement", HDF, BODY, "Réunion avant effacement",
                                                       LocalDate.now().plusDays(40), LocalTime.of(10, 0), LocalTime.of(12, 0), "Lille", null));
        eventually(() -> world.membership(HDF, PERSON).filter(membership -> !membership.bodies().isEmpty()));
        ApiClient person = ApiClient.signedIn(world.port(), USERNAME, PASSWORD);
        String meeting = "/api/cooperations/" + HDF + "/meetings/reunion-effacement";
        eventually(() -> Optional.of(person.get(meeting)).filter(response -> response.status() == 200));
        assertThat(person.post(meeting + "/agenda/requests", "{\"title\":\"Point demandé avant effacement\",\"purpose\":\"INFORMATION\"}")
                         .status()).isEqualTo(201);
        String feed = person.get("/api/me/calendar").json().path("url").asText().replaceFirst("^https?://[^/]+", "");

        JsonNode mine = eventually(() -> Optional.of(person.get("/api/me/personal-data").json())
                                                 .filter(data -> data.path("actsByCooperation").path(HDF).size() > 0));
        assertThat(mine.path("account").path("email").asText()).isEqualTo(EMAIL);
        assertThat(mine.path("account").path("displayName").asText()).isEqualTo(NAME);
        assertThat(mine.path("memberships").get(0).path("bodies").toString()).contains(BODY);
        assertThat(mine.path("actsByCooperation").path(HDF).get(0).path("sentence").asText())
                .isEqualTo(NAME + " a demandé le point « Point demandé avant effacement » (pour information) pour la réunion « Réunion avant effacement ».");

        ApiClient administrator = world.signedIn(ADMIN_HDF);
        assertThat(administrator.getPage("/cooperations/" + HDF + "/administration/personnes/effacement?personId=" + PERSON).body())
                .contains("Effacer les données personnelles de " + NAME + " ?");
        Response erased = administrator.post("/api/cooperations/" + HDF + "/people/" + PERSON + "/erasure", "");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);

        MongoDatabase database = world.bean(MongoDatabase.class);
        List<String> holding = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                String json = document.toJson();
                if (json.contains(NAME) || json.contains(EMAIL) || json.contains(USERNAME)) {
                    holding.add(collection + ": " + json.substring(0, Math.min(300, json.length())));
                }
            }
        }
        assertThat(holding).as("collections still holding the person's name, e-mail or username").isEmpty();
        assertThat(database.getCollection("events").countDocuments(new Document("payload.requestedBy", PERSON)))
                .as("their act, under their identifier").isEqualTo(1);

        assertThat(new ApiClient(world.port()).signIn(USERNAME, PASSWORD).status()).isEqualTo(401);
        assertThat(person.get("/api/me").status()).as("their session").isEqualTo(401);
        assertThat(new ApiClient(world.port()).getPage(feed).status()).as("their feed").isEqualTo(404);
        String trail = administrator.get("/api/cooperations/" + HDF + "/audit/trail?meeting=reunion-effacement").body();
        assertThat(trail).contains("personne supprimée a demandé le point").doesNotContain(NAME);

        world.bean(LogChain.class).extendFully();
        assertThat(world.bean(LogVerifier.class).verify(world.bean(LogCheckpoints.class).all(),
                                                        world.bean(LogCheckpoints.class).signatures()).intact()).isTrue();

        Response again = administrator.post("/api/cooperations/" + HDF + "/people/" + PERSON + "/erasure", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("cooperation.person-already-erased");
    }

    @Test
    void aPersonWhoBelongsToAnotherCooperationKeepsTheirAccount(ApiWorld world) {
        String twoCooperations = "person-deux-cooperations";
        world.asSystem(HDF, new RegisterPersonCommand(HDF, twoCooperations, "cdg-60"));
        world.asSystem(BZH, new RegisterPersonCommand(BZH, twoCooperations, "cdg-35"));
        world.bean(PersonAccounts.class).createActiveAccount(twoCooperations, "deux.cooperations", "Denise Deux",
                                                             "denise.deux@example.fr", PASSWORD);
        eventually(() -> world.membership(BZH, twoCooperations));
        eventually(() -> world.membership(HDF, twoCooperations));
        long events = world.eventCount();
        Response refused = world.signedIn(ADMIN_HDF).post("/api/cooperations/" + HDF + "/people/" + twoCooperations + "/erasure", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("account.person-belongs-elsewhere");
        assertThat(world.eventCount()).as("nothing written").isEqualTo(events);
        assertThat(world.bean(PersonAccounts.class).find(twoCooperations)).isPresent();
    }
}
