package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.live.query.LiveTopics;
import fr.entente.meeting.api.BodyRoster;
import fr.entente.web.live.LivePositions;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.SharedApiWorld;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static fr.entente.web.meeting.WorkingGroupMeetings.BODY;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the live topic of a meeting never does, whatever the meeting's length or the reader's rights: a page that comes
 * back to a meeting of 2,000 notes gets one small frame (not every state the meeting went through); a person removed
 * from the body is cut off at once, and the next change reaches them no more; draft minutes never travel to a member
 * who may not read them.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingLiveLimitsTest {

    private static final int NOTES = 2_000;
    /** A frame names what changed; a few hundred bytes whatever the meeting holds. */
    private static final int FRAME_BYTES = 1_024;

    @Test
    void aPageComingBackToAMeetingOf2000NotesGetsOneSmallFrame(ApiWorld world) throws Exception {
        WorkingGroupMeetings.seat(world);
        ApiClient officer = world.signedIn(OFFICER);
        String meetingId = schedule(officer, "Réunion fleuve");
        String meeting = meeting(meetingId);
        String itemId = startOnAnItem(officer, meeting);
        String topic = LiveTopics.meeting(HDF, meetingId);
        String text = "Tour de table détaillé des centres sur le barème, les hypothèses chiffrées et le calendrier de "
                      + "mise en œuvre, avec les réserves de chacun et les points à revoir au prochain comité. ";
        long halfway = 0;
        for (int block = 1; block <= NOTES; block++) {
            expect(officer.put(meeting + "/notes/bloc-" + block, "{\"itemId\":\"" + itemId + "\",\"text\":\"" + text + block + "\"}"), 201);
            if (block == NOTES / 2) {
                halfway = awaitPositionAtLeast(world, topic, 1);
            }
        }
        long head = awaitNotesCaughtUp(world, officer, meeting, topic);
        assertThat(officer.get(meeting).body().length()).as("the meeting itself is large").isGreaterThan(NOTES * 200);

        SignedInSession participant = SignedInSession.signIn(world.port(), MEMBER_59.username(), PASSWORD);
        for (long lastSeen : new long[] {0, halfway}) {
            try (LiveClient live = LiveClient.connect(world.port(), participant)) {
                BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, lastSeen);
                JsonNode caughtUp = frames.poll(10, TimeUnit.SECONDS);
                assertThat(caughtUp).as("catch-up from %s", lastSeen).isNotNull();
                assertThat(caughtUp.toString().getBytes(StandardCharsets.UTF_8).length)
                        .as("the catch-up frame from %s is thin", lastSeen).isLessThan(FRAME_BYTES);
                assertThat(caughtUp.has("data")).isFalse();
                assertThat(caughtUp.get("position").asLong()).isEqualTo(head);
                assertThat(caughtUp.get("changes")).extracting(JsonNode::asText).contains("notes");
                assertThat(frames.poll(1, TimeUnit.SECONDS)).as("one frame for all that was missed").isNull();
                assertThat(live.errors()).isEmpty();

                expect(officer.put(meeting + "/notes/bloc-suite-" + lastSeen, "{\"itemId\":\"" + itemId + "\",\"text\":\"Et encore.\"}"), 201);
                JsonNode next = frames.poll(10, TimeUnit.SECONDS);
                assertThat(next).as("the meeting goes on live after the catch-up").isNotNull();
                assertThat(next.get("position").asLong()).isGreaterThan(head);
                head = next.get("position").asLong();
            }
        }
    }

    @Test
    void aPersonRemovedFromTheBodyIsCutOffAtOnceAndReceivesNothingMore(ApiWorld world) throws Exception {
        WorkingGroupMeetings.seat(world);
        ApiWorld.Person leaving = new ApiWorld.Person("person-leaving-gt", "partant.gt");
        world.asSystem(HDF, new RegisterPersonCommand(HDF, leaving.personId(), "cdg-60"));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, leaving.personId(), BodyRole.MEMBER));
        world.bean(PersonAccounts.class).createActiveAccount(leaving.personId(), leaving.username(), "Jules Partant",
                                                             leaving.username() + "@example.fr", PASSWORD);
        eventually(() -> world.bean(BodyRoster.class).roleOf(HDF, BODY, leaving.personId()));
        ApiClient officer = world.signedIn(OFFICER);
        String meetingId = schedule(officer, "Réunion quittée");
        String meeting = meeting(meetingId);
        String itemId = startOnAnItem(officer, meeting);
        String topic = LiveTopics.meeting(HDF, meetingId);
        long before = awaitPositionAtLeast(world, topic, 1);
        SignedInSession session = SignedInSession.signIn(world.port(), leaving.username(), PASSWORD);

        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, before);
            expect(officer.put(meeting + "/notes/avant-depart", "{\"itemId\":\"" + itemId + "\",\"text\":\"Vu par tous.\"}"), 201);
            assertThat(frames.poll(10, TimeUnit.SECONDS)).as("a member follows the meeting").isNotNull();

            expect(world.signedIn(ADMIN_HDF).delete("/api/cooperations/" + HDF + "/bodies/" + BODY + "/members/" + leaving.personId()), 204);
            assertThat(live.errors().poll(10, TimeUnit.SECONDS)).as("the subscription is ended with an ERROR frame")
                                                                 .isNotNull();
            // frames the hub sent before the removal may still be on their way: only what follows it counts
            while (frames.poll(500, TimeUnit.MILLISECONDS) != null) {
                frames.clear();
            }
            expect(officer.put(meeting + "/notes/apres-depart", "{\"itemId\":\"" + itemId + "\",\"text\":\"Confidentiel : après le départ.\"}"), 201);
            awaitPositionAtLeast(world, topic, before + 2);
            assertThat(frames.poll(2, TimeUnit.SECONDS)).as("nothing reaches a person who left the body").isNull();
        }
        try (LiveClient again = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = again.subscribe("/live/" + topic, 0);
            assertThat(again.errors().poll(10, TimeUnit.SECONDS)).as("subscribing again is refused").isNotNull();
            assertThat(frames).isEmpty();
        }
    }

    @Test
    void draftMinutesNeverReachAPlainMemberThroughTheApiOrTheLiveTopic(ApiWorld world) throws Exception {
        WorkingGroupMeetings.seat(world);
        ApiClient officer = world.signedIn(OFFICER);
        ApiClient member = world.signedIn(MEMBER_59);
        String meetingId = schedule(officer, "Réunion au compte rendu discret");
        String meeting = meeting(meetingId);
        startOnAnItem(officer, meeting);
        expect(officer.post(meeting + "/end", ""), 204);
        String topic = LiveTopics.meeting(HDF, meetingId);
        long ended = awaitPositionAtLeast(world, topic, 1);
        SignedInSession session = SignedInSession.signIn(world.port(), MEMBER_59.username(), PASSWORD);
        String draft = "Brouillon confidentiel : la hausse de 3 % reste à arbitrer.";

        try (LiveClient live = LiveClient.connect(world.port(), session)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, ended);
            expect(officer.post(meeting + "/minutes", ""), 201);
            expect(officer.put(meeting + "/minutes", "{\"baseVersion\":1,\"text\":\"" + draft + "\"}"), 200);
            eventually(() -> Optional.of(officer.get(meeting).body()).filter(body -> body.contains(draft)));
            JsonNode frame;
            int received = 0;
            while ((frame = frames.poll(3, TimeUnit.SECONDS)) != null) {
                received++;
                assertThat(frame.toString()).doesNotContain("confidentiel", "3 %");
            }
            assertThat(received).as("the member is told that the meeting changed").isPositive();
        }
        assertThat(member.get(meeting).body()).as("a plain member reads no draft").doesNotContain(draft, "Brouillon");
        assertThat(member.get(meeting + "/published-record").status()).isEqualTo(404);

        expect(officer.post(meeting + "/minutes/submission", ""), 204);
        expect(world.signedIn(WorkingGroupMeetings.CONVENOR).post(meeting + "/minutes/approval", "{\"mode\":\"CONVENOR\"}"), 204);
        assertThat(member.get(meeting).body()).as("approved is not yet published").doesNotContain(draft);
        expect(officer.post(meeting + "/minutes/publication", ""), 204);
        eventually(() -> Optional.of(member.get(meeting).body()).filter(body -> body.contains(draft)));
    }

    private static String startOnAnItem(ApiClient officer, String meeting) {
        String itemId = expect(officer.post(meeting + "/agenda/items", "{\"title\":\"Point unique\",\"purpose\":\"DISCUSSION\"}"), 201)
                .get("itemId").asText();
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.put(meeting + "/current-item", "{\"itemId\":\"" + itemId + "\"}"), 200);
        return itemId;
    }

    private static long awaitPositionAtLeast(ApiWorld world, String topic, long position) {
        return eventually(() -> Optional.of(world.bean(LivePositions.class).of(topic)).filter(at -> at >= position));
    }

    /** The topic's position once the meeting's read model holds all the notes written. */
    private static long awaitNotesCaughtUp(ApiWorld world, ApiClient officer, String meeting, String topic) {
        // 2,000 notes each rewrite the growing meeting: on a machine busy with other builds this takes over 30 s
        eventually(() -> Optional.of(officer.get(meeting).body()).filter(body -> body.contains("bloc-" + NOTES + "\"")),
                   Duration.ofMinutes(3));
        long position = world.bean(LivePositions.class).of(topic);
        return eventually(() -> {
            long now = world.bean(LivePositions.class).of(topic);
            return now == position ? Optional.of(now) : Optional.empty();
        });
    }
}
