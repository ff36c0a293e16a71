package fr.entente.web.forum;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import org.bson.Document;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum tests' corner of the shared {@link ApiWorld}: a working group of Hauts-de-France, {@value #BODY}, seated by
 * the system as the demo loader would (its officer, a referent of CDG 59 and one of CDG 60, each with an account); its
 * space opens and fills by itself ({@link BodySpaceRoster}). Helpers start threads and write posts through the API.
 */
final class ForumCorner {

    static final String BODY = "gt-forum";
    static final String SPACE = SpaceIds.ofBody(HDF, BODY);
    static final String F = "/api/cooperations/" + HDF + "/forum";

    static final Person OFFICER = new Person("person-officer-forum", "officier.forum");
    static final Person REFERENT_A = new Person("person-referent-a-forum", "referent.a.forum");
    static final Person REFERENT_B = new Person("person-referent-b-forum", "referent.b.forum");

    private static final Set<ApiWorld> SEATED = Collections.newSetFromMap(new IdentityHashMap<>());

    private ForumCorner() {
    }

    static synchronized void seat(ApiWorld world) {
        if (SEATED.contains(world)) {
            return;
        }
        world.asSystem(HDF, new CreateBodyCommand(HDF, BODY, BodyKind.WORKING_GROUP, "Groupe de travail du forum"));
        seatPerson(world, OFFICER, "cdg-59", BodyRole.OFFICER, "Odette Forum");
        seatPerson(world, REFERENT_A, "cdg-59", BodyRole.MEMBER, "Arnaud Dupuis");
        seatPerson(world, REFERENT_B, "cdg-60", BodyRole.MEMBER, "Béatrice Roux");
        SpaceRoster roster = world.bean(SpaceRoster.class);
        eventually(() -> roster.roleOf(HDF, SPACE, OFFICER.personId()).filter(SpaceRole.MODERATOR::equals));
        eventually(() -> roster.roleOf(HDF, SPACE, REFERENT_A.personId()));
        eventually(() -> roster.roleOf(HDF, SPACE, REFERENT_B.personId()));
        SEATED.add(world);
    }

    private static void seatPerson(ApiWorld world, Person person, String organisationId, BodyRole role, String name) {
        world.asSystem(HDF, new RegisterPersonCommand(HDF, person.personId(), organisationId));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, person.personId(), role));
        world.bean(PersonAccounts.class).createActiveAccount(person.personId(), person.username(), name,
                                                             person.username() + "@example.fr", PASSWORD);
    }

    /** Starts a thread in the working group's space; returns its id once the thread's read model shows it. */
    static String startThread(ApiClient author, String title, String text) {
        Response response = author.post(F + "/spaces/" + SPACE + "/threads", json("title", title, "text", text));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String threadId = response.json().path("threadId").asText();
        threadWhen(author, threadId, thread -> thread.path("posts").size() > 0);
        return threadId;
    }

    /** Writes a post; returns its id. */
    static String write(ApiClient author, String threadId, String text) {
        Response response = author.post(F + "/threads/" + threadId + "/posts", json("text", text));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("postId").asText();
    }

    /** The thread once its read model satisfies the probe. */
    static JsonNode threadWhen(ApiClient reader, String threadId, java.util.function.Predicate<JsonNode> probe) {
        return eventually(() -> {
            Response response = reader.get(F + "/threads/" + threadId);
            return response.status() == 200 && probe.test(response.json()) ? Optional.of(response.json()) : Optional.empty();
        });
    }

    static JsonNode post(JsonNode thread, String postId) {
        for (JsonNode post : thread.path("posts")) {
            if (post.path("postId").asText().equals(postId)) {
                return post;
            }
        }
        throw new AssertionError("no post " + postId + " in " + thread);
    }

    /** A JSON object of these names and values (strings, or null). */
    static String json(String... namesAndValues) {
        com.fasterxml.jackson.databind.node.ObjectNode node = ApiClient.JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return node.toString();
    }

    /** A refusal: problem details with this status and code, nothing added to the log. */
    static JsonNode refused(ApiWorld world, long eventsBefore, Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.path("code").asText()).as(response.toString()).isEqualTo(code);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at fr.entente", "at org.");
        assertThat(world.eventCount()).as("events after a refusal").isEqualTo(eventsBefore);
        return problem;
    }

    static long eventsOf(ApiWorld world, String aggregateId) {
        return world.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS)
                    .countDocuments(new Document("aggregateIdentifier", aggregateId));
    }

    static List<String> ids(JsonNode array, String field) {
        List<String> ids = new java.util.ArrayList<>();
        array.forEach(node -> ids.add(node.path(field).asText()));
        return ids;
    }
}
