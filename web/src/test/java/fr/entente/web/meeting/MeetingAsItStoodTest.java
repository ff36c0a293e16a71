package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.ZoneId;

import static fr.entente.web.meeting.WorkingGroupMeetings.CONVENOR;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting as it stood, against the known states of a scripted meeting: scheduled with no agenda, then with its item,
 * then live with a proposal recorded and a hundred notes (past its snapshot), then with its minutes drafted (seen by its officer, not by a member), then
 * published; before it was scheduled, nothing. The minutes page shows it as it stood, without forms or live updates.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingAsItStoodTest {

    @Test
    void aScriptedMeetingReadsBackAsItStoodAtEachInstant(ApiWorld world) throws Exception {
        WorkingGroupMeetings.seat(world);
        ApiClient officer = world.signedIn(OFFICER);
        ApiClient member = world.signedIn(MEMBER_59);
        Instant beforeAll = instant();
        String meetingId = schedule(officer, "Réunion à remonter le temps");
        String meeting = meeting(meetingId);
        Instant scheduled = instant();
        expect(officer.post(meeting + "/agenda/items", "{\"itemId\":\"i-temps\",\"title\":\"Calendrier des études\",\"purpose\":\"DECISION\"}"), 201);
        Instant withItem = instant();
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.post(meeting + "/proposals", """
                {"itemId":"i-temps","proposedByOrganisationId":"cdg-59","text":"Trois études en 2027.","outcome":"ADOPTED"}"""), 201);
        // past the meeting's snapshot (every 100 events): as it stood reads the stream from its first event
        for (int block = 1; block <= 100; block++) {
            expect(officer.put(meeting + "/notes/bloc-" + block, "{\"itemId\":\"i-temps\",\"text\":\"Note " + block + "\"}"), 201);
        }
        Instant live = instant();
        expect(officer.post(meeting + "/end", ""), 204);
        expect(officer.post(meeting + "/minutes", ""), 201);
        expect(officer.put(meeting + "/minutes", "{\"baseVersion\":1,\"text\":\"Trois études retenues pour 2027.\"}"), 200);
        Instant drafted = instant();
        expect(officer.post(meeting + "/minutes/submission", ""), 204);
        expect(world.signedIn(CONVENOR).post(meeting + "/minutes/approval", "{\"mode\":\"CONVENOR\"}"), 204);
        expect(officer.post(meeting + "/minutes/publication", ""), 204);
        Instant published = instant();

        assertThat(member.get(meeting + "/as-it-stood?at=" + beforeAll).status()).as("before it was scheduled").isEqualTo(404);
        JsonNode atSchedule = asItStood(member, meeting, scheduled);
        assertThat(atSchedule.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(atSchedule.path("items")).isEmpty();
        JsonNode atItem = asItStood(member, meeting, withItem);
        assertThat(atItem.path("items").get(0).path("title").asText()).isEqualTo("Calendrier des études");
        assertThat(atItem.path("proposals")).isEmpty();
        JsonNode atLive = asItStood(member, meeting, live);
        assertThat(atLive.path("status").asText()).isEqualTo("LIVE");
        assertThat(atLive.path("proposals").get(0).path("text").asText()).isEqualTo("Trois études en 2027.");
        assertThat(asItStood(member, meeting, drafted).toString()).as("a member never saw the draft")
                                                                   .doesNotContain("Trois études retenues pour 2027.");
        assertThat(asItStood(officer, meeting, drafted).toString()).as("the officer did")
                                                                    .contains("Trois études retenues pour 2027.");
        JsonNode atPublication = asItStood(member, meeting, published);
        assertThat(atPublication.path("status").asText()).isEqualTo("ENDED");
        assertThat(atPublication.toString()).contains("Trois études retenues pour 2027.");

        Response malformed = member.get(meeting + "/as-it-stood?at=hier");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asText()).contains("at");
        assertThat(world.signedIn(ADMIN_BZH).get("/api/cooperations/" + HDF + "/meetings/" + meetingId + "/as-it-stood?at=" + published)
                        .status()).isEqualTo(404);

        String local = withItem.atZone(ZoneId.of("Europe/Paris")).toLocalDateTime().toString();
        String page = member.getPage("/cooperations/" + HDF + "/reunions/" + meetingId + "/compte-rendu/etat?le=" + local).body();
        assertThat(page).contains("État au ", "Calendrier des études").doesNotContain("Trois études en 2027.", "js/sections.js", "<form method=\"post\"");
        assertThat(member.getPage("/cooperations/" + HDF + "/reunions/" + meetingId + "/compte-rendu").body())
                .as("the minutes page offers to look back").contains("id=\"etat-form\"");
    }

    private static JsonNode asItStood(ApiClient client, String meeting, Instant at) {
        Response response = client.get(meeting + "/as-it-stood?at=" + at);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Now, strictly after the last event written and before the next. */
    private static Instant instant() throws InterruptedException {
        Thread.sleep(20);
        Instant now = Instant.now();
        Thread.sleep(20);
        return now;
    }
}
