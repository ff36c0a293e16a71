package fr.entente.web.forum;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import fr.entente.forum.api.SpaceRoster;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.testing.ApiClient;
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
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static fr.entente.web.forum.ForumCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum over STOMP: a space's and a thread's topics served to the space's members only (an ERROR frame that says
 * only "not found" to anyone else, through either cooperation); thin frames in order; a client that reconnects gets
 * what it missed as one frame; a person removed from the body stops receiving the space's frames at once; mentions,
 * follows and the bell's count, live, through the REST API.
 */
@ExtendWith(SharedApiWorld.class)
class ForumLiveTest {

    private ApiWorld world;
    private ApiClient referentA;
    private ApiClient referentB;
    private static String threadId;
    private static ApiWorld startedIn;

    @BeforeEach
    void seat(ApiWorld world) {
        ForumCorner.seat(world);
        this.world = world;
        referentA = world.signedIn(REFERENT_A);
        referentB = world.signedIn(REFERENT_B);
        if (startedIn != world) {
            threadId = startThread(referentA, "Discussion suivie en direct", "Premier message.");
            startedIn = world;
        }
    }

    private enum Topic {
        SPACE, THREAD, SPACE_UNDER_ANOTHER_COOPERATION, THREAD_UNDER_ANOTHER_COOPERATION, SOMEONE_ELSES_NOTIFICATIONS;

        String topic() {
            return switch (this) {
                case SPACE -> LiveTopics.forumSpace(HDF, ForumCorner.SPACE);
                case THREAD -> LiveTopics.forumThread(HDF, threadId);
                case SPACE_UNDER_ANOTHER_COOPERATION -> LiveTopics.forumSpace(BZH, ForumCorner.SPACE);
                case THREAD_UNDER_ANOTHER_COOPERATION -> LiveTopics.forumThread(BZH, threadId);
                case SOMEONE_ELSES_NOTIFICATIONS -> LiveTopics.notifications(REFERENT_A.personId());
            };
        }
    }

    static Stream<Arguments> peopleAndTopics() {
        List<Arguments> cases = new ArrayList<>();
        for (Person person : List.of(REFERENT_B, MEMBER_HDF, ADMIN_HDF, ADMIN_BZH)) {
            for (Topic topic : Topic.values()) {
                boolean served = person == REFERENT_B && (topic == Topic.SPACE || topic == Topic.THREAD);
                cases.add(Arguments.of(person.username(), topic, served));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}: served {2}")
    @MethodSource("peopleAndTopics")
    void servesTheForumTopicsOnlyToTheSpacesMembers(String username, Topic topic, boolean served) throws Exception {
        SignedInSession session = SignedInSession.signIn(world.port(), username, PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic.topic(), 0);

            if (served) {
                JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
                assertThat(frame).as("what the topic holds so far").isNotNull();
                assertThat(live.errors()).isEmpty();
            } else {
                String error = live.errors().poll(10, TimeUnit.SECONDS);
                assertThat(error).as("an ERROR frame").isNotNull().startsWith("Introuvable");
                assertThat(frames).isEmpty();
            }
        }
    }

    @Test
    void aNewPostReachesThoseWatchingTheThreadAndTheSpaceInOrderWithoutItsText() throws Exception {
        SignedInSession session = SignedInSession.signIn(world.port(), REFERENT_B.username(), PASSWORD);
        long since = world.bean(fr.entente.web.live.LivePositions.class).of(LiveTopics.forumThread(HDF, threadId));
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> thread = live.subscribe("/live/" + LiveTopics.forumThread(HDF, threadId), since);
            BlockingQueue<JsonNode> space = live.subscribe("/live/" + LiveTopics.forumSpace(HDF, SPACE),
                    world.bean(fr.entente.web.live.LivePositions.class).of(LiveTopics.forumSpace(HDF, SPACE)));

            String first = write(referentA, threadId, "Un texte confidentiel n°1");
            String second = write(referentA, threadId, "Un texte confidentiel n°2");

            JsonNode one = thread.poll(10, TimeUnit.SECONDS);
            JsonNode two = thread.poll(10, TimeUnit.SECONDS);
            assertThat(one).isNotNull();
            assertThat(two).isNotNull();
            assertThat(one.path("changes").toString()).contains("post:" + first);
            assertThat(two.path("changes").toString()).contains("post:" + second);
            assertThat(two.path("position").asLong()).isGreaterThan(one.path("position").asLong());
            assertThat(one.toString() + two).doesNotContain("confidentiel");
            assertThat(space.poll(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void aClientThatReconnectsGetsWhatItMissedAsOneFrame() throws Exception {
        String topic = LiveTopics.forumThread(HDF, threadId);
        long before = world.bean(fr.entente.web.live.LivePositions.class).of(topic);
        write(referentA, threadId, "Pendant la coupure 1");
        String last = write(referentA, threadId, "Pendant la coupure 2");
        eventually(() -> Optional.of(world.bean(fr.entente.web.live.LivePositions.class).of(topic))
                .filter(position -> position > before + 1));

        SignedInSession session = SignedInSession.signIn(world.port(), REFERENT_B.username(), PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, before);
            JsonNode missed = frames.poll(10, TimeUnit.SECONDS);
            assertThat(missed).isNotNull();
            assertThat(missed.path("changes").toString()).contains("post:" + last);
            assertThat(frames.poll(500, TimeUnit.MILLISECONDS)).as("one frame for all it missed").isNull();
        }
    }

    @Test
    void aPersonRemovedFromTheBodyStopsReceivingTheSpacesFramesAtOnce() throws Exception {
        Person leaving = new Person("person-live-leaving", "partant.direct");
        world.asSystem(HDF, new RegisterPersonCommand(HDF, leaving.personId(), "cdg-59"));
        world.bean(PersonAccounts.class).createActiveAccount(leaving.personId(), leaving.username(), "Lise Départ",
                                                             "lise@example.fr", PASSWORD);
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, leaving.personId(), BodyRole.MEMBER));
        eventually(() -> world.bean(SpaceRoster.class).roleOf(HDF, SPACE, leaving.personId()));
        SignedInSession session = SignedInSession.signIn(world.port(), leaving.username(), PASSWORD);
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> thread = live.subscribe("/live/" + LiveTopics.forumThread(HDF, threadId), 0);
            assertThat(thread.poll(10, TimeUnit.SECONDS)).isNotNull();
            write(referentA, threadId, "Encore visible");
            assertThat(thread.poll(10, TimeUnit.SECONDS)).isNotNull();

            world.asSystem(HDF, new RemoveBodyMemberCommand(HDF, BODY, leaving.personId()));

            String error = live.errors().poll(10, TimeUnit.SECONDS);
            assertThat(error).as("the subscription ends with an ERROR frame").isNotNull().startsWith("Introuvable");
            thread.clear();
            write(referentA, threadId, "Plus pour vous");
            assertThat(thread.poll(2, TimeUnit.SECONDS)).as("no frame after the removal").isNull();
        }
    }

    @Test
    void aMentionRingsTheBellOfThePersonMentionedLiveAndNobodyOutsideTheSpace() throws Exception {
        SignedInSession session = SignedInSession.signIn(world.port(), REFERENT_B.username(), PASSWORD);
        JsonNode bellBefore = referentB.get("/api/me/notifications/unread").json();
        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> bell = live.subscribe("/live/" + bellBefore.path("topic").asText(),
                                                          bellBefore.path("position").asLong());
            long outsiderBefore = world.signedIn(MEMBER_HDF).get("/api/me/notifications/unread").json().path("unread").asLong();

            String postId = write(referentA, threadId, "@" + REFERENT_B.username() + " et @" + MEMBER_HDF.username()
                                                       + " : vous confirmez ?");

            JsonNode frame = bell.poll(10, TimeUnit.SECONDS);
            assertThat(frame).isNotNull();
            assertThat(frame.path("data").path("unread").asLong()).isEqualTo(bellBefore.path("unread").asLong() + 1);
            JsonNode notification = referentB.get("/api/me/notifications").json().get(0);
            assertThat(notification.path("notificationId").asText()).isEqualTo(postId);
            assertThat(notification.path("kind").asText()).isEqualTo("MENTION");
            assertThat(notification.path("actorName").asText()).isEqualTo("Arnaud Dupuis");
            assertThat(world.signedIn(MEMBER_HDF).get("/api/me/notifications/unread").json().path("unread").asLong())
                    .isEqualTo(outsiderBefore);

            assertThat(referentB.post("/api/me/notifications/" + postId + "/read", "").json().path("unread").asLong())
                    .isEqualTo(bellBefore.path("unread").asLong());
        }
    }

    @Test
    void atEspaceTellsEveryMemberAndMarkingAllReadEmptiesTheBell() {
        ApiClient officer = world.signedIn(OFFICER);
        String postId = write(officer, threadId, "@espace la réunion de jeudi est avancée à 9 h.");

        JsonNode notification = eventually(() -> Optional.of(referentB.get("/api/me/notifications").json())
                .filter(list -> list.size() > 0 && list.get(0).path("notificationId").asText().equals(postId))).get(0);
        assertThat(notification.path("kind").asText()).isEqualTo("SPACE_MENTION");
        assertThat(referentB.post("/api/me/notifications/read", "").json().path("unread").asLong()).isZero();
    }

    @Test
    void aFollowerIsToldOfNewPostsAndNoLongerOnceTheyUnfollow() {
        ApiClient officer = world.signedIn(OFFICER);
        String thread = startThread(referentA, "Suivie par la modération", "Texte.");
        assertThat(officer.put(F + "/threads/" + thread + "/following", "").status()).isEqualTo(204);
        threadWhen(officer, thread, found -> found.path("following").asBoolean());

        String first = write(referentB, thread, "Un");
        eventually(() -> Optional.of(officer.get("/api/me/notifications").json())
                .filter(list -> ids(list, "notificationId").contains(first)));

        assertThat(officer.delete(F + "/threads/" + thread + "/following").status()).isEqualTo(204);
        threadWhen(officer, thread, found -> !found.path("following").asBoolean());
        String second = write(referentB, thread, "Deux");
        threadWhen(officer, thread, found -> found.path("posts").size() == 3);
        assertThat(ids(officer.get("/api/me/notifications").json(), "notificationId")).doesNotContain(second);
    }

    @Test
    void theMentionCompletionOffersTheSpacesMembersOnly() {
        JsonNode offered = referentA.get(F + "/spaces/" + SPACE + "/mentionable?q=b").json();

        assertThat(ids(offered, "username")).contains(REFERENT_B.username()).doesNotContain(MEMBER_HDF.username());
        assertThat(world.signedIn(MEMBER_HDF).get(F + "/spaces/" + SPACE + "/mentionable?q=r").status()).isEqualTo(404);
    }
}
