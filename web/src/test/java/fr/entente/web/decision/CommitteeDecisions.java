package fr.entente.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.decision.api.DecisionRoster;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions' tests' corner of the shared {@link ApiWorld}: a technical committee of Hauts-de-France,
 * {@value #BODY}, whose officer and one director are of CDG 59, two directors of CDG 60, and a person of the CNFPT
 * named to it; a colleague of CDG 60 who does not sit in it (a delegate to be). Each has an account. Seated once per
 * world, by the system, as the demo loader would.
 */
final class CommitteeDecisions {

    static final String BODY = "ct-decisions";
    static final String A = "/api/cooperations/" + HDF;

    static final Person OFFICER = new Person("person-officer-ct", "officier.ct");
    static final Person DIRECTOR_59 = new Person("person-director-59-ct", "directeur59.ct");
    static final Person DIRECTOR_60 = new Person("person-director-60-ct", "directrice60.ct");
    static final Person DEPUTY_60 = new Person("person-deputy-60-ct", "adjoint60.ct");
    static final Person PARTNER = new Person("person-cnfpt-ct", "cnfpt.ct");
    static final Person COLLEAGUE_60 = new Person("person-colleague-60-ct", "collegue60.ct");

    private static final Set<ApiWorld> SEATED = Collections.newSetFromMap(new IdentityHashMap<>());

    private CommitteeDecisions() {
    }

    static synchronized void seat(ApiWorld world) {
        if (SEATED.contains(world)) {
            return;
        }
        world.asSystem(HDF, new CreateBodyCommand(HDF, BODY, BodyKind.TECHNICAL_COMMITTEE, "Comité technique des décisions"));
        seatPerson(world, OFFICER, "cdg-59", BodyRole.OFFICER, "Odette Carpentier");
        seatPerson(world, DIRECTOR_59, "cdg-59", BodyRole.MEMBER, "Bruno Delattre");
        seatPerson(world, DIRECTOR_60, "cdg-60", BodyRole.MEMBER, "Sophie Vasseur");
        seatPerson(world, DEPUTY_60, "cdg-60", BodyRole.MEMBER, "Karim Haddad");
        world.asSystem(HDF, new fr.entente.cooperation.api.NamePartnerToBodyCommand(HDF, BODY, "cnfpt"));
        seatPerson(world, PARTNER, "cnfpt", BodyRole.MEMBER, "Julie Fontaine");
        register(world, COLLEAGUE_60, "cdg-60", "Lucas Mercier");
        DecisionRoster roster = world.bean(DecisionRoster.class);
        for (Person person : List.of(OFFICER, DIRECTOR_59, DIRECTOR_60, DEPUTY_60, PARTNER)) {
            eventually(() -> roster.roleOf(HDF, BODY, person.personId()));
        }
        eventually(() -> roster.organisationOf(HDF, COLLEAGUE_60.personId()));
        SEATED.add(world);
    }

    private static void seatPerson(ApiWorld world, Person person, String organisationId, BodyRole role, String name) {
        register(world, person, organisationId, name);
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, person.personId(), role));
    }

    private static void register(ApiWorld world, Person person, String organisationId, String name) {
        world.asSystem(HDF, new RegisterPersonCommand(HDF, person.personId(), organisationId));
        world.bean(PersonAccounts.class).createActiveAccount(person.personId(), person.username(), name,
                                                             person.username() + "@example.fr", PASSWORD);
    }

    /** Opens an arbitration of the committee as its officer, with a deadline two hours ahead; returns its id. */
    static String openArbitration(ApiClient officer, String question) {
        return open(officer, """
                {"question":"%s","text":"Voir la **note** jointe.","mode":"ASYNCHRONOUS","deadline":"%s"}"""
                .formatted(question, Instant.now().plus(Duration.ofHours(2))));
    }

    static String openLive(ApiClient officer, String question) {
        return open(officer, "{\"question\":\"%s\",\"mode\":\"LIVE\"}".formatted(question));
    }

    static String decisionOpenedWith(ApiClient officer, String body) {
        return open(officer, body);
    }

    private static String open(ApiClient officer, String body) {
        Response response = officer.post(A + "/bodies/" + BODY + "/decisions", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("decisionId").asText();
    }

    static String decision(String decisionId) {
        return A + "/decisions/" + decisionId;
    }

    static DecisionView awaitDecision(ApiWorld world, String decisionId, Predicate<DecisionView> condition) {
        return eventually(() -> find(world, decisionId).filter(condition));
    }

    static Optional<DecisionView> find(ApiWorld world, String decisionId) {
        return world.bean(QueryGateway.class).query(new FindDecisionQuery(decisionId),
                                                    ResponseTypes.optionalInstanceOf(DecisionView.class)).join();
    }

    static JsonNode expect(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }

    /** A refusal: problem details with this status and code, naming a detail, and nothing added to the log. */
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
}
