package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.meeting.api.BodyRoster;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static fr.entente.web.meeting.WorkingGroupMeetings.A;
import static fr.entente.web.meeting.WorkingGroupMeetings.CONVENOR;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.nextDate;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.CODIR;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body reads what the bodies reporting to it publish (seed 001, art. 3.2: the technical committee validates "the
 * documents sent by the working group"): once the group's minutes are published, a member of the technical committee
 * reads them with the record of proposals, by the API; never the minutes before publication, the notes, the requests
 * or the meeting itself; and nobody else reads them.
 */
@ExtendWith(SharedApiWorld.class)
class ReportingLineReadersTest {

    private static final String GROUP = "gt-releves";

    @BeforeAll
    static void aWorkingGroupReportingToTheTechnicalCommittee(ApiWorld world) {
        world.asSystem(HDF, new CreateBodyCommand(HDF, GROUP, BodyKind.WORKING_GROUP, "Groupe de travail des relevés"));
        WorkingGroupMeetings.seat(world);
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, GROUP, OFFICER.personId(), BodyRole.OFFICER));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, GROUP, CONVENOR.personId(), BodyRole.CONVENOR));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, GROUP, MEMBER_59.personId(), BodyRole.MEMBER));
        BodyRoster roster = world.bean(BodyRoster.class);
        eventually(() -> roster.roleOf(HDF, GROUP, MEMBER_59.personId()));
        expect(world.signedIn(ADMIN_HDF).post(A + "/bodies/" + GROUP + "/reporting-lines",
                                              "{\"reportsToBodyId\":\"" + CODIR + "\"}"), 201);
    }

    @Test
    void theTechnicalCommitteeReadsThePublishedRecordAndNothingElse(ApiWorld world) {
        ApiClient officer = world.signedIn(OFFICER);
        ApiClient director = world.signedIn(MEMBER_HDF);
        String meetingId = expect(officer.post(A + "/bodies/" + GROUP + "/meetings", """
                {"title":"Relevés de janvier","date":"%s","startTime":"14:00","endTime":"16:00","place":"Lille"}"""
                .formatted(nextDate())), 201).path("meetingId").asText();
        String meeting = meeting(meetingId);
        expect(world.signedIn(MEMBER_59).post(meeting + "/agenda/requests",
                "{\"title\":\"Demande interne au groupe\",\"purpose\":\"DISCUSSION\"}"), 201);
        String itemId = expect(officer.post(meeting + "/agenda/items",
                "{\"title\":\"Baromètre RH 2026\",\"purpose\":\"DECISION\"}"), 201).path("itemId").asText();
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.put(meeting + "/current-item", "{\"itemId\":\"" + itemId + "\"}"), 200);
        expect(officer.put(meeting + "/notes/b-brouillon", "{\"itemId\":\"" + itemId + "\",\"text\":\"Note de travail du groupe\"}"), 201);
        expect(officer.post(meeting + "/proposals", "{\"itemId\":\"" + itemId + "\",\"proposedByOrganisationId\":\"cdg-59\","
                                                   + "\"text\":\"Lancer le baromètre en mars\",\"outcome\":\"ADOPTED\"}"), 201);
        expect(officer.post(meeting + "/end", ""), 204);
        int version = expect(officer.post(meeting + "/minutes", ""), 201).path("version").asInt();
        expect(officer.put(meeting + "/minutes", "{\"baseVersion\":" + version + ",\"text\":\"## Baromètre\\n\\nLe groupe lance le baromètre.\"}"), 200);
        expect(officer.post(meeting + "/minutes/submission", ""), 204);

        assertThat(director.get(meeting + "/published-record").status()).as("not yet published").isEqualTo(404);
        assertThat(director.get(A + "/bodies/" + CODIR + "/reported-minutes").json().findValuesAsText("meetingId"))
                .doesNotContain(meetingId);

        expect(world.signedIn(CONVENOR).post(meeting + "/minutes/approval", "{\"mode\":\"CONVENOR\"}"), 204);
        expect(officer.post(meeting + "/minutes/publication", ""), 204);

        JsonNode record = eventually(() -> Optional.of(director.get(meeting + "/published-record"))
                .filter(response -> response.status() == 200)).json();
        assertThat(record.path("minutes").path("text").asText()).contains("Le groupe lance le baromètre.");
        assertThat(record.path("minutes").path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(record.path("proposals").findValuesAsText("text")).containsExactly("Lancer le baromètre en mars");
        assertThat(record.path("notes")).as("the notes are the group's working tool").isEmpty();
        assertThat(record.path("requests")).as("the members' requests stay in the group").isEmpty();
        assertThat(record.toString()).doesNotContain("Note de travail du groupe", "Demande interne au groupe");
        assertThat(director.get(meeting).status()).as("the meeting itself stays the group's").isEqualTo(404);
        assertThat(director.get(A + "/bodies/" + CODIR + "/reported-minutes").json().findValuesAsText("meetingId"))
                .contains(meetingId);

        assertThat(world.signedIn(PARTNER_HDF).get(meeting + "/published-record").status())
                .as("the steering committee of the partnership: no line").isEqualTo(404);
        assertThat(world.signedIn(ADMIN_BZH).get(meeting + "/published-record").status()).isEqualTo(404);
        assertThat(world.signedIn(ADMIN_BZH).get("/api/cooperations/bretagne/meetings/" + meetingId + "/published-record").status())
                .isEqualTo(404);
        assertThat(world.signedIn(PARTNER_HDF).get(A + "/bodies/" + CODIR + "/reported-minutes").status()).isEqualTo(404);
        assertThat(world.signedIn(MEMBER_59).get(meeting + "/published-record").status()).as("a member of the group").isEqualTo(200);
    }
}
