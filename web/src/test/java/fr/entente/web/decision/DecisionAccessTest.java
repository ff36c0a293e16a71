package fr.entente.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.SharedApiWorld;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static fr.entente.web.decision.CommitteeDecisions.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access table of the decisions, REST and STOMP: who gets what on every endpoint. Whoever may not see the
 * decision (a person of the cooperation outside the body, a person of another cooperation through either address,
 * anyone on a decision that does not exist) gets 404 and nothing is stored; a member without the right gets 403 and
 * nothing is stored; an administrator of the cooperation sees and manages without sitting in the body.
 */
@ExtendWith(SharedApiWorld.class)
class DecisionAccessTest {

    /** Who asks, at which cooperation's address, about a decision that exists or not. */
    enum Outsider {
        PERSON_OF_THE_COOPERATION_NOT_IN_THE_BODY(MEMBER_HDF, HDF, false),
        PERSON_OF_ANOTHER_COOPERATION(ADMIN_BZH, HDF, false),
        PERSON_OF_ANOTHER_COOPERATION_FROM_THEIR_OWN(ADMIN_BZH, BZH, false),
        OFFICER_ON_A_DECISION_THAT_DOES_NOT_EXIST(OFFICER, HDF, true);

        final Person person;
        final String cooperationId;
        final boolean unknownTarget;

        Outsider(Person person, String cooperationId, boolean unknownTarget) {
            this.person = person;
            this.cooperationId = cooperationId;
            this.unknownTarget = unknownTarget;
        }
    }

    record Endpoint(String name, BiFunction<ApiClient, String[], Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String decisionId;

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST decisions", (api, t) -> api.post(body(t) + "/decisions", "{\"question\":\"Valider ?\",\"mode\":\"LIVE\"}")),
                new Endpoint("GET body decisions", (api, t) -> api.get(body(t) + "/decisions")),
                new Endpoint("GET register", (api, t) -> api.get(body(t) + "/register")),
                new Endpoint("GET register.csv", (api, t) -> api.getAccepting(body(t) + "/register.csv", "text/csv")),
                new Endpoint("GET register.pdf", (api, t) -> api.getAccepting(body(t) + "/register.pdf", "application/pdf")),
                new Endpoint("GET decision", (api, t) -> api.get(decisionPath(t))),
                new Endpoint("POST vote", (api, t) -> api.post(decisionPath(t) + "/votes", "{\"option\":\"pour\"}")),
                new Endpoint("POST recorded vote", (api, t) -> api.post(decisionPath(t) + "/recorded-votes",
                                                                        "{\"organisationId\":\"cdg-59\",\"option\":\"pour\"}")),
                new Endpoint("PUT delegate", (api, t) -> api.put(decisionPath(t) + "/delegate",
                                                                 "{\"delegateId\":\"" + COLLEAGUE_60.personId() + "\"}")),
                new Endpoint("DELETE delegate", (api, t) -> api.delete(decisionPath(t) + "/delegate")),
                new Endpoint("POST close", (api, t) -> api.post(decisionPath(t) + "/close", "")),
                new Endpoint("POST annulment", (api, t) -> api.post(decisionPath(t) + "/annulment", "{\"reason\":\"Erreur\"}")));
    }

    private static String body(String[] target) {
        return "/api/cooperations/" + target[0] + "/bodies/" + target[1];
    }

    private static String decisionPath(String[] target) {
        return "/api/cooperations/" + target[0] + "/decisions/" + target[2];
    }

    static Stream<Arguments> outsidersTimesEndpoints() {
        List<Arguments> cases = new ArrayList<>();
        endpoints().forEach(endpoint -> {
            for (Outsider outsider : Outsider.values()) {
                cases.add(Arguments.of(outsider, endpoint));
            }
        });
        return cases.stream();
    }

    @BeforeEach
    void aDecision(ApiWorld world) {
        CommitteeDecisions.seat(world);
        if (decisionId == null) {
            decisionId = openArbitration(world.signedIn(OFFICER), "Décision que seuls les membres voient");
            awaitDecision(world, decisionId, view -> true);
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("outsidersTimesEndpoints")
    void answers404AndStoresNothing(Outsider outsider, Endpoint endpoint, ApiWorld world) {
        ApiClient client = world.signedIn(outsider.person);
        String[] target = outsider.unknownTarget ? new String[]{outsider.cooperationId, "no-such-body", "no-such-decision"}
                                                 : new String[]{outsider.cooperationId, BODY, decisionId};
        long before = world.eventCount();
        Response response = endpoint.call().apply(client, target);
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().path("code").asText()).as(response.toString())
                .isIn("decision.not-found", "body.not-found", "cooperation.not-found");
        assertThat(response.body()).doesNotContain("Décision que seuls", "cdg-59");
        assertThat(world.eventCount()).as("events after a refusal").isEqualTo(before);
    }

    @Test
    void aMemberWithoutTheRightGets403AndNothingIsStored(ApiWorld world) {
        ApiClient director = world.signedIn(DIRECTOR_59);
        ApiClient partner = world.signedIn(PARTNER);
        long before = world.eventCount();
        refused(world, before, director.post(A + "/bodies/" + BODY + "/decisions", "{\"question\":\"Valider ?\",\"mode\":\"LIVE\"}"),
                403, "decision.officer-or-convenor-required");
        refused(world, before, director.post(decision(decisionId) + "/close", ""), 403, "decision.officer-or-convenor-required");
        refused(world, before, director.post(decision(decisionId) + "/recorded-votes",
                                             "{\"organisationId\":\"cdg-60\",\"option\":\"pour\"}"),
                403, "decision.officer-or-convenor-required");
        refused(world, before, director.post(decision(decisionId) + "/annulment", "{\"reason\":\"Erreur\"}"), 403,
                "decision.officer-or-convenor-required");
        refused(world, before, partner.post(decision(decisionId) + "/votes", "{\"option\":\"pour\"}"), 403, "decision.not-a-voter");
        refused(world, before, partner.put(decision(decisionId) + "/delegate", "{\"delegateId\":\"" + PARTNER.personId() + "\"}"),
                403, "decision.not-a-voter");
        refused(world, before, world.signedIn(ADMIN_HDF).post(decision(decisionId) + "/votes", "{\"option\":\"pour\"}"),
                403, "decision.not-a-voter");
    }

    @Test
    void theMembersTheirPartnerAndTheAdministratorSeeIt(ApiWorld world) {
        for (Person person : List.of(OFFICER, DIRECTOR_59, DIRECTOR_60, PARTNER, ADMIN_HDF)) {
            JsonNode answer = expect(world.signedIn(person).get(decision(decisionId)), 200);
            assertThat(answer.path("decision").path("question").asText()).isEqualTo("Décision que seuls les membres voient");
        }
        assertThat(expect(world.signedIn(ADMIN_HDF).get(decision(decisionId)), 200).path("youManage").asBoolean()).isTrue();
        assertThat(expect(world.signedIn(DIRECTOR_60).get(decision(decisionId)), 200).path("youVoteFor").asText()).isEqualTo("cdg-60");
        assertThat(expect(world.signedIn(PARTNER).get(decision(decisionId)), 200).path("youVoteFor").isNull()).isTrue();
    }

    static Stream<Arguments> peopleAndTopics() {
        List<Arguments> cases = new ArrayList<>();
        for (Person person : List.of(DIRECTOR_60, ADMIN_HDF, MEMBER_HDF, ADMIN_BZH)) {
            boolean served = person == DIRECTOR_60 || person == ADMIN_HDF;
            cases.add(Arguments.of(person.username(), "decision", served));
            cases.add(Arguments.of(person.username(), "body-decisions", served));
            cases.add(Arguments.of(person.username(), "decision-under-another-cooperation", false));
            cases.add(Arguments.of(person.username(), "decision-that-does-not-exist", false));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}: served {2}")
    @MethodSource("peopleAndTopics")
    void servesTheLiveTopicsOnlyToThoseWhoSeeTheDecision(String username, String topicName, boolean served,
                                                         ApiWorld world) throws Exception {
        String topic = switch (topicName) {
            case "decision" -> LiveTopics.decision(HDF, decisionId);
            case "body-decisions" -> LiveTopics.bodyDecisions(HDF, BODY);
            case "decision-under-another-cooperation" -> LiveTopics.decision(BZH, decisionId);
            default -> LiveTopics.decision(HDF, "no-such-decision");
        };
        SignedInSession session = SignedInSession.signIn(world.port(), username, ApiWorld.PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, 0);
            if (served) {
                JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
                assertThat(frame).as("the topic's state so far").isNotNull();
                assertThat(frame.path("topic").asText()).isEqualTo(topic);
                assertThat(frame.toString()).doesNotContain("Décision que seuls");
                assertThat(live.errors()).isEmpty();
            } else {
                String error = live.errors().poll(10, TimeUnit.SECONDS);
                assertThat(error).as("an ERROR frame").isNotNull().startsWith("Introuvable");
                assertThat(frames).isEmpty();
            }
        }
    }

    @Test
    void theTallyFollowsLiveInThinFrames(ApiWorld world) throws Exception {
        String id = openLive(world.signedIn(OFFICER), "Suivre le décompte en direct ?");
        awaitDecision(world, id, view -> true);
        SignedInSession session = SignedInSession.signIn(world.port(), DIRECTOR_59.username(), ApiWorld.PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            long since = awaitDecision(world, id, view -> true).position();
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + LiveTopics.decision(HDF, id), since);
            Thread.sleep(300);
            expect(world.signedIn(DIRECTOR_60).post(decision(id) + "/votes", "{\"option\":\"contre\"}"), 200);
            JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
            assertThat(frame).isNotNull();
            assertThat(frame.path("changes")).extracting(JsonNode::asText).contains("tally", "votes");
            assertThat(frame.path("data").path("centresVoted").asInt()).isEqualTo(1);
            assertThat(frame.path("data").path("tally").get(1).path("votes").asInt()).isEqualTo(1);
            assertThat(frame.toString()).as("a thin frame: no name, no question").doesNotContain("Suivre", "person-");
            assertThat(frame.toString().length()).isLessThan(600);
        }
    }
}
