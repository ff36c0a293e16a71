package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.live.query.LiveTopics;
import fr.entente.web.live.LivePositions;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.LiveClient;
import fr.entente.web.testing.SharedApiWorld;
import fr.entente.web.testing.SignedInSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_60;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static fr.entente.web.testing.ApiWorld.HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant of a live meeting whose connection drops: while they are away, the current item moves, a note is
 * saved and a proposal recorded; when they come back with the last position they saw, they receive one update that
 * names those three changes, at the last position, and nothing twice; then the meeting goes on live. Frames are thin:
 * they say what changed, never carry the meeting.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingLiveCatchUpTest {

    @Test
    void aParticipantWhoseConnectionDroppedReceivesExactlyWhatTheyMissed(ApiWorld world) throws Exception {
        WorkingGroupMeetings.seat(world);
        ApiClient officer = world.signedIn(OFFICER);
        String meetingId = schedule(officer, "Réunion coupée");
        String meeting = meeting(meetingId);
        String itemA = expect(officer.post(meeting + "/agenda/items", "{\"title\":\"Point A\",\"purpose\":\"DISCUSSION\"}"), 201)
                .get("itemId").asText();
        String itemB = expect(officer.post(meeting + "/agenda/items", "{\"title\":\"Point B\",\"purpose\":\"DECISION\"}"), 201)
                .get("itemId").asText();
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.put(meeting + "/current-item", "{\"itemId\":\"" + itemA + "\"}"), 200);
        String topic = LiveTopics.meeting(HDF, meetingId);
        ApiWorld.eventually(() -> java.util.Optional.of(world.bean(LivePositions.class).of(topic)).filter(position -> position > 0));
        SignedInSession participant = SignedInSession.signIn(world.port(), MEMBER_60.username(), ApiWorld.PASSWORD);

        long lastSeen;
        try (LiveClient live = LiveClient.connect(world.port(), participant)) {
            BlockingQueue<JsonNode> frames = live.subscribe("/live/" + topic, 0);
            JsonNode current = frames.poll(10, TimeUnit.SECONDS);
            assertThat(current).isNotNull();
            JsonNode next;
            while ((next = frames.poll(500, TimeUnit.MILLISECONDS)) != null) {
                current = next;
            }
            assertThat(current.has("data")).as("a meeting's frame carries no copy of the meeting").isFalse();
            lastSeen = current.get("position").asLong();
        }

        expect(officer.put(meeting + "/current-item", "{\"itemId\":\"" + itemB + "\"}"), 200);
        expect(officer.put(meeting + "/notes/bloc-coupe", "{\"itemId\":\"" + itemB + "\",\"text\":\"Noté pendant la coupure\"}"), 201);
        expect(officer.post(meeting + "/proposals", "{\"itemId\":\"" + itemB + "\",\"proposedByOrganisationId\":\"cdg-59\","
                                                  + "\"text\":\"Adopter le point B\",\"outcome\":\"ADOPTED\"}"), 201);
        // the read models reach those changes a moment after the answers: the client comes back once they have
        world.eventCount();

        try (LiveClient back = LiveClient.connect(world.port(), participant)) {
            BlockingQueue<JsonNode> frames = back.subscribe("/live/" + topic, lastSeen);
            JsonNode missed = frames.poll(10, TimeUnit.SECONDS);
            assertThat(missed).isNotNull();
            assertThat(frames.poll(1, TimeUnit.SECONDS)).as("one update for all it missed, nothing twice").isNull();
            assertThat(missed.get("position").asLong()).isGreaterThan(lastSeen)
                    .isEqualTo(world.bean(LivePositions.class).of(topic));
            assertThat(missed.get("changes")).extracting(JsonNode::asText)
                                              .containsExactlyInAnyOrder("current-item", "notes", "proposals");

            expect(officer.post(meeting + "/end", ""), 204);
            JsonNode live = frames.poll(10, TimeUnit.SECONDS);
            assertThat(live).isNotNull();
            assertThat(live.get("changes")).extracting(JsonNode::asText).containsExactly("schedule");
            assertThat(live.get("position").asLong()).isGreaterThan(missed.get("position").asLong());
        }
    }
}
