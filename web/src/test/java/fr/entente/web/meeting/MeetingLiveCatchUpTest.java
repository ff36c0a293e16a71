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

import java.util.ArrayList;
import java.util.List;
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
 * saved and a proposal recorded; when they come back with the last position they saw, they receive exactly those
 * three changes, in order, and nothing twice; then the meeting goes on live.
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
            assertThat(current.path("data").path("currentItemId").asText()).isEqualTo(itemA);
            lastSeen = current.get("position").asLong();
        }

        expect(officer.put(meeting + "/current-item", "{\"itemId\":\"" + itemB + "\"}"), 200);
        expect(officer.put(meeting + "/notes/bloc-coupe", "{\"itemId\":\"" + itemB + "\",\"text\":\"Noté pendant la coupure\"}"), 201);
        expect(officer.post(meeting + "/proposals", "{\"itemId\":\"" + itemB + "\",\"proposedByOrganisationId\":\"cdg-59\","
                                                  + "\"text\":\"Adopter le point B\",\"outcome\":\"ADOPTED\"}"), 201);

        try (LiveClient back = LiveClient.connect(world.port(), participant)) {
            BlockingQueue<JsonNode> frames = back.subscribe("/live/" + topic, lastSeen);
            List<JsonNode> missed = new ArrayList<>();
            JsonNode frame;
            while (missed.size() < 3 && (frame = frames.poll(10, TimeUnit.SECONDS)) != null) {
                missed.add(frame);
            }
            assertThat(frames.poll(1, TimeUnit.SECONDS)).as("nothing more, nothing twice").isNull();
            assertThat(missed).extracting(update -> update.get("position").asLong()).isSorted().doesNotHaveDuplicates()
                              .allMatch(position -> position > lastSeen);
            assertThat(missed.get(0).path("data").path("currentItemId").asText()).isEqualTo(itemB);
            assertThat(missed.get(1).path("data").path("notes").toString()).contains("Noté pendant la coupure");
            assertThat(missed.get(2).path("data").path("proposals").toString()).contains("Adopter le point B");

            expect(officer.post(meeting + "/end", ""), 204);
            JsonNode live = frames.poll(10, TimeUnit.SECONDS);
            assertThat(live).isNotNull();
            assertThat(live.path("data").path("status").asText()).isEqualTo("ENDED");
        }
    }
}
