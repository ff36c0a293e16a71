package fr.entente.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.SharedApiWorld;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.CODIR;
import static fr.entente.web.testing.ApiWorld.COPIL;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every live topic of Hauts-de-France, for every role: a subscription is served only where the matching page or query
 * would be; otherwise the hub answers an ERROR frame that says only "not found", the same for something of another
 * cooperation as for something that does not exist.
 */
@ExtendWith(SharedApiWorld.class)
class LiveSubscriptionAccessTest {

    private enum Topic {
        OWN_HOME_PAGE(person -> LiveTopics.person(person.personId())),
        ANOTHER_PERSONS_HOME_PAGE(person -> LiveTopics.person(person == ADMIN_HDF ? MEMBER_HDF.personId() : ADMIN_HDF.personId())),
        DIRECTORY(person -> LiveTopics.cooperation(HDF)),
        TECHNICAL_COMMITTEE(person -> LiveTopics.body(HDF, CODIR)),
        PARTNERSHIP_STEERING_COMMITTEE(person -> LiveTopics.body(HDF, COPIL)),
        BODY_THAT_DOES_NOT_EXIST(person -> LiveTopics.body(HDF, "no-such-body"));

        private final Function<Person, String> topicFor;

        Topic(Function<Person, String> topicFor) {
            this.topicFor = topicFor;
        }
    }

    static Stream<Arguments> rolesAndTopics() {
        List<Arguments> cases = new ArrayList<>();
        for (Person person : List.of(ADMIN_HDF, MEMBER_HDF, PARTNER_HDF, ADMIN_BZH)) {
            for (Topic topic : Topic.values()) {
                cases.add(Arguments.of(person.username(), topic, served(person, topic)));
            }
        }
        return cases.stream();
    }

    private static boolean served(Person person, Topic topic) {
        return switch (topic) {
            case OWN_HOME_PAGE -> true;
            case ANOTHER_PERSONS_HOME_PAGE, BODY_THAT_DOES_NOT_EXIST -> false;
            // A partner's people see only the bodies their organisation is named to, never the whole directory.
            case DIRECTORY, TECHNICAL_COMMITTEE -> person == ADMIN_HDF || person == MEMBER_HDF;
            case PARTNERSHIP_STEERING_COMMITTEE -> person != ADMIN_BZH;
        };
    }

    @ParameterizedTest(name = "{0} on {1}: served {2}")
    @MethodSource("rolesAndTopics")
    void servesASubscriptionOnlyWhereThePersonMaySeeTheTopic(String username, Topic topic, boolean served,
                                                             ApiWorld world) throws Exception {
        Person person = Stream.of(ADMIN_HDF, MEMBER_HDF, PARTNER_HDF, ADMIN_BZH)
                              .filter(candidate -> candidate.username().equals(username)).findFirst().orElseThrow();
        SignedInSession session = SignedInSession.signIn(world.port(), username, ApiWorld.PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic.topicFor.apply(person), 0);

            if (served) {
                assertThat(frames.poll(10, TimeUnit.SECONDS)).as("the topic's state so far").isNotNull();
                assertThat(live.errors()).isEmpty();
            } else {
                String error = live.errors().poll(10, TimeUnit.SECONDS);
                assertThat(error).as("an ERROR frame").isNotNull().startsWith("Introuvable");
                assertThat(frames).isEmpty();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void relaysNothingOnePersonSendsToAnotherOnlyTheHubPublishes(ApiWorld world) throws Exception {
        SignedInSession listening = SignedInSession.signIn(world.port(), MEMBER_HDF.username(), ApiWorld.PASSWORD);
        SignedInSession sending = SignedInSession.signIn(world.port(), ADMIN_BZH.username(), ApiWorld.PASSWORD);
        try (LiveClient listener = LiveClient.connect(world.port(), listening);
             LiveClient sender = LiveClient.connect(world.port(), sending)) {
            BlockingQueue<JsonNode> received = listener.subscribe("/queue/notes", 0);
            TimeUnit.MILLISECONDS.sleep(500);

            sender.session().send("/queue/notes", java.util.Map.of("html", "<b>De Bretagne</b>"));

            assertThat(received.poll(2, TimeUnit.SECONDS)).as("nothing relayed").isNull();
            assertThat(listener.errors().poll(5, TimeUnit.SECONDS)).as("a subscription outside /live/")
                    .isNotNull().startsWith("Introuvable");
            assertThat(sender.errors().poll(5, TimeUnit.SECONDS)).as("the SEND refused").isNotNull()
                    .contains("seul le hub publie");
        }
    }
}
