package fr.entente.web.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** A REST command becomes an event signed by the person, then a projection, then what a GET shows. */
@ExtendWith(SharedApiWorld.class)
class DirectoryApiEndToEndTest {

    private static final String A = "/api/cooperations/" + HDF;

    @Test
    void turnsARestCommandIntoAnEventOfThePersonThenIntoWhatTheDirectoryShows(ApiWorld world) {
        ApiClient administrator = world.signedIn(ADMIN_HDF);

        Response created = administrator.post(A + "/bodies",
                "{\"bodyId\":\"gt-emploi\",\"kind\":\"WORKING_GROUP\",\"name\":\"Groupe de travail emploi\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("bodyId").asText()).isEqualTo("gt-emploi");
        Document event = world.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS)
                              .find(new Document("payload.bodyId", "gt-emploi")).first();
        assertThat(event).isNotNull();
        Document metaData = event.get("metaData", Document.class);
        assertThat(metaData.getString("actorId")).isEqualTo(ADMIN_HDF.personId());
        assertThat(metaData.getString("actorOrganisation")).isEqualTo("cdg-59");
        assertThat(metaData.getString("cooperationId")).isEqualTo(HDF);
        assertThat(event.toJson()).as("no name or e-mail in the log").doesNotContain("Claire", "claire.martin@");

        JsonNode body = eventually(() -> Optional.of(administrator.get(A + "/bodies/gt-emploi")).filter(r -> r.status() == 200))
                .json();
        assertThat(body.path("kind").asText()).isEqualTo("WORKING_GROUP");
        assertThat(body.path("name").asText()).isEqualTo("Groupe de travail emploi");
        JsonNode directory = administrator.get(A).json();
        assertThat(directory.path("bodies").findValuesAsText("bodyId")).contains("gt-emploi");
    }

    @Test
    void answersWithTheCanonicalFormOfWhatWasCreated(ApiWorld world) {
        ApiClient administrator = world.signedIn(ADMIN_HDF);

        Response added = administrator.post(A + "/centres", "{\"departmentCode\":\" 2a \",\"name\":\"  CDG de Corse-du-Sud \"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("departmentCode").asText()).isEqualTo("2A");
        assertThat(added.json().path("organisationId").asText()).isEqualTo("cdg-2a");
        assertThat(added.json().path("name").asText()).isEqualTo("CDG de Corse-du-Sud");
    }

    @Test
    void showsTheAdministratorsByName(ApiWorld world) {
        JsonNode directory = world.signedIn(ADMIN_HDF).get(A).json();

        assertThat(directory.path("name").asText()).isEqualTo("Coopération des CDG des Hauts-de-France");
        assertThat(directory.path("administrators").findValuesAsText("displayName")).contains("Claire Martin");
        assertThat(directory.path("memberCentres").findValuesAsText("departmentCode")).contains("59", "60");
    }

    @Test
    void tellsThePersonTheirCooperationsBodiesAndRoles(ApiWorld world) {
        JsonNode me = world.signedIn(ApiWorld.MEMBER_HDF).get("/api/me").json();

        assertThat(me.path("displayName").asText()).isEqualTo("Marc Petit");
        assertThat(me.path("cooperations")).hasSize(1);
        JsonNode membership = me.path("cooperations").get(0);
        assertThat(membership.path("cooperationId").asText()).isEqualTo(HDF);
        assertThat(membership.path("organisationId").asText()).isEqualTo("cdg-60");
        assertThat(membership.path("administrator").asBoolean()).isFalse();
        assertThat(membership.path("bodies").get(0).path("bodyId").asText()).isEqualTo(ApiWorld.CODIR);
        assertThat(membership.path("bodies").get(0).path("kind").asText()).isEqualTo("TECHNICAL_COMMITTEE");
    }

    @Test
    void refusesADomainRuleWithItsCodeFieldAndFrenchMessage(ApiWorld world) {
        ApiClient administrator = world.signedIn(ADMIN_HDF);
        long eventsBefore = world.eventCount();

        Response duplicate = administrator.post(A + "/centres", "{\"departmentCode\":\"59\",\"name\":\"Autre centre\"}");
        Response invalid = administrator.post(A + "/centres", "{\"departmentCode\":\"00\",\"name\":\"Nulle part\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("code").asText()).isEqualTo("cooperation.department-code-taken");
        assertThat(duplicate.json().path("field").asText()).isEqualTo("departmentCode");
        assertThat(duplicate.json().path("detail").asText()).contains("Le département 59 a déjà son centre");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("code").asText()).isEqualTo("cooperation.department-code-invalid");
        assertThat(world.eventCount()).isEqualTo(eventsBefore);
    }
}
