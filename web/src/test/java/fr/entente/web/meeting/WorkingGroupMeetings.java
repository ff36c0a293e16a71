package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.infra.eventstore.MongoEventStorageEngine;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.meeting.api.BodyRoster;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings' tests' corner of the shared {@link ApiWorld}: a working group of Hauts-de-France,
 * {@value #BODY}, with its officer (CDG 59), its convenor (CDG 60) and two members (CDG 59 and CDG 60), each with
 * an account; seated once per world, by the system as the demo loader would. Its helpers schedule meetings through
 * the API and read the log.
 */
final class WorkingGroupMeetings {

    static final String BODY = "gt-reunions";
    static final String A = "/api/cooperations/" + HDF;

    static final Person OFFICER = new Person("person-officer-gt", "officier.gt");
    static final Person CONVENOR = new Person("person-convenor-gt", "animatrice.gt");
    static final Person MEMBER_59 = new Person("person-member-59-gt", "membre59.gt");
    static final Person MEMBER_60 = new Person("person-member-60-gt", "membre60.gt");

    private static final AtomicInteger DAYS = new AtomicInteger();
    /** The worlds seated already: the shared one, and those a test class starts of its own. */
    private static final Set<ApiWorld> SEATED = Collections.newSetFromMap(new IdentityHashMap<>());

    private WorkingGroupMeetings() {
    }

    /** Seats the working group in this world, once. */
    static synchronized void seat(ApiWorld world) {
        if (SEATED.contains(world)) {
            return;
        }
        world.asSystem(HDF, new CreateBodyCommand(HDF, BODY, BodyKind.WORKING_GROUP, "Groupe de travail réunions"));
        seatPerson(world, OFFICER, "cdg-59", BodyRole.OFFICER, "Odile Lambert");
        seatPerson(world, CONVENOR, "cdg-60", BodyRole.CONVENOR, "Chloé Dubois");
        seatPerson(world, MEMBER_59, "cdg-59", BodyRole.MEMBER, "Paul Leroy");
        seatPerson(world, MEMBER_60, "cdg-60", BodyRole.MEMBER, "Inès Moreau");
        BodyRoster roster = world.bean(BodyRoster.class);
        for (Person person : List.of(OFFICER, CONVENOR, MEMBER_59, MEMBER_60)) {
            eventually(() -> roster.roleOf(HDF, BODY, person.personId()));
            eventually(() -> roster.organisationOf(HDF, person.personId()));
        }
        SEATED.add(world);
    }

    private static void seatPerson(ApiWorld world, Person person, String organisationId, BodyRole role,
                                   String displayName) {
        world.asSystem(HDF, new RegisterPersonCommand(HDF, person.personId(), organisationId));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, person.personId(), role));
        world.bean(PersonAccounts.class).createActiveAccount(person.personId(), person.username(), displayName,
                person.username() + "@example.fr", PASSWORD);
    }

    /** A date of its own for each meeting a test schedules, so that the calendar stays readable. */
    static LocalDate nextDate() {
        return LocalDate.of(2027, 1, 4).plusDays(DAYS.getAndIncrement());
    }

    /** Schedules a meeting of the working group as its officer; returns its id. */
    static String schedule(ApiClient officer, String title) {
        Response response = officer.post(A + "/bodies/" + BODY + "/meetings", """
                {"title":"%s","date":"%s","startTime":"14:00","endTime":"16:30","place":"CDG du Nord, salle 2"}"""
                .formatted(title, nextDate()));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("meetingId").asText();
    }

    static String meeting(String meetingId) {
        return A + "/meetings/" + meetingId;
    }

    /** An answer that must be this status; its JSON, if any. */
    static JsonNode expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
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

    /** The events of a meeting's stream, in order. */
    static List<Document> events(ApiWorld world, String aggregateId) {
        return world.bean(MongoDatabase.class).getCollection(MongoEventStorageEngine.EVENTS)
                    .find(new Document("aggregateIdentifier", aggregateId)).sort(new Document("sequenceNumber", 1))
                    .into(new ArrayList<>());
    }

    static List<String> eventTypes(ApiWorld world, String aggregateId) {
        return events(world, aggregateId).stream()
                .map(event -> Optional.ofNullable(event.getString("payloadType")).orElse("?"))
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }
}
