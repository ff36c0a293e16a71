package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.refused;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer cannot name, in a meeting's record, a person, an organisation or a body of another cooperation: the
 * command is refused exactly as for an identifier that exists nowhere, the log does not change, and the meeting never
 * shows an outsider's name.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingRecordReferencesTest {

    private ApiWorld world;
    private ApiClient officer;
    private String meeting;
    private long eventsBefore;

    @BeforeEach
    void aLiveMeeting(ApiWorld world) {
        WorkingGroupMeetings.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        meeting = meeting(schedule(officer, "Groupe de travail"));
        expect(officer.post(meeting + "/agenda/items", "{\"itemId\":\"i-bilan\",\"title\":\"Bilan\",\"purpose\":\"DISCUSSION\"}"), 201);
        expect(officer.post(meeting + "/start", ""), 204);
        eventsBefore = world.eventCount();
    }

    @Test
    void refusesPeopleOrganisationsAndBodiesOfAnotherCooperation() {
        JsonNode person = refused(world, eventsBefore, officer.post(meeting + "/proposals", """
                {"itemId":"i-bilan","proposedByPersonId":"%s","text":"Étude","outcome":"ADOPTED"}"""
                .formatted(ADMIN_BZH.personId())), 404, "meeting.person-not-in-cooperation");
        JsonNode organisation = refused(world, eventsBefore, officer.post(meeting + "/proposals", """
                {"itemId":"i-bilan","proposedByOrganisationId":"cdg-35","text":"Étude","outcome":"ADOPTED"}"""),
                404, "meeting.organisation-not-in-cooperation");
        JsonNode owner = refused(world, eventsBefore, officer.post(meeting + "/actions", """
                {"itemId":"i-bilan","what":"Collecter","ownerPersonId":"%s","dueDate":"2027-02-15"}"""
                .formatted(ADMIN_BZH.personId())), 404, "meeting.person-not-in-cooperation");
        JsonNode body = refused(world, eventsBefore, officer.post(meeting + "/proposals", """
                {"itemId":"i-bilan","proposedByOrganisationId":"cdg-59","text":"Étude","outcome":"REFERRED",
                 "referredToBodyId":"no-such-body"}"""), 404, "meeting.body-not-in-cooperation");
        JsonNode representative = refused(world, eventsBefore, officer.put(meeting + "/attendance/" + MEMBER_59.personId(),
                "{\"status\":\"REPRESENTED\",\"representedBy\":\"" + ADMIN_BZH.personId() + "\"}"), 404,
                "meeting.person-not-in-body");

        assertThat(person.path("field").asText()).isEqualTo("proposedByPersonId");
        assertThat(organisation.path("field").asText()).isEqualTo("proposedByOrganisationId");
        assertThat(owner.path("field").asText()).isEqualTo("ownerPersonId");
        assertThat(body.path("field").asText()).isEqualTo("referredToBodyId");
        assertThat(representative.path("field").asText()).isEqualTo("representedBy");
        assertThat(officer.get(meeting).body()).doesNotContain("Yann Le Gall", ADMIN_BZH.personId());
    }

    @Test
    void namesThePeopleOfTheCooperationItRecords() {
        expect(officer.post(meeting + "/proposals", """
                {"itemId":"i-bilan","proposedByPersonId":"%s","text":"Étude","outcome":"ADOPTED"}"""
                .formatted(MEMBER_59.personId())), 201);

        assertThat(ApiWorld.eventually(() -> java.util.Optional.of(officer.get(meeting).body())
                                                               .filter(body -> body.contains("proposalId")))).contains("Paul Leroy");
    }
}
