package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.SharedApiWorld;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static fr.entente.web.meeting.MeetingsOfTheWorld.awaitMeeting;
import static fr.entente.web.meeting.MeetingsOfTheWorld.schedule;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.CODIR;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings' live topics over STOMP: served to the people who sit in the body; refused, with an ERROR frame that
 * says only "not found", to a member of the cooperation outside the body, to a partner's person not named to it, to a
 * person of another cooperation, and for a meeting that does not exist.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingLiveAccessTest {

    private static final String MEETING = "ml-codir-2026-10-06";

    private enum Topic {
        MEETING_PAGE(LiveTopics.meeting(HDF, MEETING)),
        BODY_MEETINGS(LiveTopics.bodyMeetings(HDF, CODIR)),
        MEETING_UNDER_ANOTHER_COOPERATION(LiveTopics.meeting(BZH, MEETING)),
        MEETING_THAT_DOES_NOT_EXIST(LiveTopics.meeting(HDF, "no-such-meeting"));

        private final String topic;

        Topic(String topic) {
            this.topic = topic;
        }
    }

    @BeforeAll
    static void scheduleAMeetingOfTheTechnicalCommittee(ApiWorld world) {
        schedule(world, HDF, CODIR, MEETING, "Comité d'octobre", LocalDate.of(2026, 10, 6), LocalTime.of(9, 30), "Lille", null);
        awaitMeeting(world, MEETING, meeting -> true);
    }

    static Stream<Arguments> peopleAndTopics() {
        List<Arguments> cases = new ArrayList<>();
        for (Person person : List.of(MEMBER_HDF, ADMIN_HDF, PARTNER_HDF, ADMIN_BZH)) {
            for (Topic topic : Topic.values()) {
                boolean served = person == MEMBER_HDF && (topic == Topic.MEETING_PAGE || topic == Topic.BODY_MEETINGS);
                cases.add(Arguments.of(person.username(), topic, served));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}: served {2}")
    @MethodSource("peopleAndTopics")
    void servesTheMeetingTopicsOnlyToThePeopleWhoSitInTheBody(String username, Topic topic, boolean served,
                                                              ApiWorld world) throws Exception {
        SignedInSession session = SignedInSession.signIn(world.port(), username, ApiWorld.PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic.topic, 0);

            if (served) {
                JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
                assertThat(frame).as("the topic's state so far").isNotNull();
                assertThat(frame.path("topic").asText()).isEqualTo(topic.topic);
                assertThat(live.errors()).isEmpty();
            } else {
                String error = live.errors().poll(10, TimeUnit.SECONDS);
                assertThat(error).as("an ERROR frame").isNotNull().startsWith("Introuvable");
                assertThat(frames).isEmpty();
            }
        }
    }
}
