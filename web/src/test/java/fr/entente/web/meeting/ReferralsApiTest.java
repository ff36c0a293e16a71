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
import static fr.entente.web.meeting.WorkingGroupMeetings.BODY;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_60;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.nextDate;
import static fr.entente.web.meeting.WorkingGroupMeetings.refused;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal "renvoyée" to another body reaches it: on the receiving body's next agenda still open, as a request for
 * decision linked back to the proposal and its meeting, which links to where it went; with no such meeting, in the
 * body's list of referrals waiting, from which its officer puts it among a meeting's requests.
 */
@ExtendWith(SharedApiWorld.class)
class ReferralsApiTest {

    private static final String RECEIVING = "comite-renvois";
    private static final String WAITING = "comite-attente";

    @BeforeAll
    static void twoBodiesToReferTo(ApiWorld world) {
        WorkingGroupMeetings.seat(world);
        BodyRoster roster = world.bean(BodyRoster.class);
        for (String body : new String[] {RECEIVING, WAITING}) {
            world.asSystem(HDF, new CreateBodyCommand(HDF, body, BodyKind.OTHER, "Comité " + body));
            world.asSystem(HDF, new AddBodyMemberCommand(HDF, body, MEMBER_60.personId(), BodyRole.OFFICER));
            world.asSystem(HDF, new AddBodyMemberCommand(HDF, body, MEMBER_HDF.personId(), BodyRole.MEMBER));
            eventually(() -> roster.roleOf(HDF, body, MEMBER_HDF.personId()));
        }
    }

    @Test
    void aReferredProposalJoinsTheRequestsOfTheReceivingBodysNextOpenAgenda(ApiWorld world) {
        ApiClient receivingOfficer = world.signedIn(MEMBER_60);
        String next = schedule(receivingOfficer, RECEIVING, "Comité de juin");
        String later = schedule(receivingOfficer, RECEIVING, "Comité de juillet");
        String origin = referFromAWorkingGroupMeeting(world, RECEIVING, "Valider le baromètre RH 2027");

        JsonNode request = eventually(() -> Optional.of(receivingOfficer.get(meeting(next)).json().path("requests"))
                .filter(requests -> requests.size() == 1)).get(0);
        assertThat(request.path("title").asText()).isEqualTo("Valider le baromètre RH 2027");
        assertThat(request.path("purpose").asText()).isEqualTo("DECISION");
        assertThat(request.path("referral").path("meetingId").asText()).isEqualTo(origin);
        assertThat(request.path("referral").path("bodyId").asText()).isEqualTo(BODY);
        assertThat(receivingOfficer.get(meeting(later)).json().path("requests")).as("the next open agenda only").isEmpty();
        JsonNode proposal = eventually(() -> Optional.of(world.signedIn(OFFICER).get(meeting(origin)).json().path("proposals").get(0))
                .filter(found -> !found.path("referralPlacedIn").isNull() && !found.path("referralPlacedIn").isMissingNode()));
        assertThat(proposal.path("referralPlacedIn").asText()).as("the proposal links to where it went").isEqualTo(next);
        assertThat(receivingOfficer.get(A + "/bodies/" + RECEIVING + "/referrals").json()).isEmpty();

        String accepted = expect(receivingOfficer.post(meeting(next) + "/agenda/items/from-requests",
                "{\"requestIds\":[\"" + request.path("requestId").asText() + "\"]}"), 201).path("title").asText();
        assertThat(accepted).isEqualTo("Valider le baromètre RH 2027");
    }

    @Test
    void withNoOpenAgendaTheReferralWaitsUntilTheOfficerPutsItAmongAMeetingsRequests(ApiWorld world) {
        ApiClient receivingOfficer = world.signedIn(MEMBER_60);
        ApiClient member = world.signedIn(MEMBER_HDF);
        String origin = referFromAWorkingGroupMeeting(world, WAITING, "Arbitrer la diffusion de l'étude concours");

        JsonNode waiting = eventually(() -> Optional.of(member.get(A + "/bodies/" + WAITING + "/referrals").json())
                .filter(list -> list.size() == 1)).get(0);
        assertThat(waiting.path("referral").path("fromMeetingId").asText()).isEqualTo(origin);
        assertThat(waiting.path("referral").path("text").asText()).isEqualTo("Arbitrer la diffusion de l'étude concours");
        assertThat(waiting.path("fromBodyName").asText()).isEqualTo("Groupe de travail réunions");
        String proposalId = waiting.path("referral").path("proposalId").asText();
        String placement = "{\"fromMeetingId\":\"" + origin + "\",\"proposalId\":\"" + proposalId + "\"}";

        String meetingId = schedule(receivingOfficer, WAITING, "Comité de septembre");
        String elsewhere = WorkingGroupMeetings.schedule(world.signedIn(OFFICER), "Une réunion d'une autre instance");
        long before = world.eventCount();
        refused(world, before, receivingOfficer.post(meeting(elsewhere) + "/agenda/referrals", placement), 409,
                "meeting.referral-not-for-this-body");
        refused(world, before, member.post(meeting(meetingId) + "/agenda/referrals", placement), 403,
                "meeting.officer-or-convenor-required");
        refused(world, before, receivingOfficer.post(meeting(meetingId) + "/agenda/referrals", "{\"fromMeetingId\":\" \"}"), 422,
                "request.invalid-fields");

        JsonNode placed = expect(receivingOfficer.post(meeting(meetingId) + "/agenda/referrals", placement), 201);
        assertThat(placed.path("title").asText()).isEqualTo("Arbitrer la diffusion de l'étude concours");
        eventually(() -> Optional.of(member.get(A + "/bodies/" + WAITING + "/referrals").json()).filter(JsonNode::isEmpty));
        long after = world.eventCount();
        refused(world, after, receivingOfficer.post(meeting(meetingId) + "/agenda/referrals", placement), 404,
                "meeting.referral-unknown");
        assertThat(world.signedIn(OFFICER).get(A + "/bodies/" + WAITING + "/referrals").status())
                .as("only the body's members see its referrals").isEqualTo(404);
    }

    /** A live meeting of the working group that refers a proposal to this body; the meeting's id. */
    private static String referFromAWorkingGroupMeeting(ApiWorld world, String toBody, String text) {
        ApiClient officer = world.signedIn(OFFICER);
        String meetingId = WorkingGroupMeetings.schedule(officer, "Groupe de travail qui renvoie");
        String itemId = expect(officer.post(meeting(meetingId) + "/agenda/items",
                "{\"title\":\"Études\",\"purpose\":\"DECISION\"}"), 201).path("itemId").asText();
        expect(officer.post(meeting(meetingId) + "/start", ""), 204);
        expect(officer.post(meeting(meetingId) + "/proposals", ("{\"itemId\":\"%s\",\"proposedByOrganisationId\":\"cdg-59\","
                + "\"text\":\"%s\",\"outcome\":\"REFERRED\",\"referredToBodyId\":\"%s\"}").formatted(itemId, text, toBody)), 201);
        return meetingId;
    }

    private static String schedule(ApiClient officer, String body, String title) {
        return expect(officer.post(A + "/bodies/" + body + "/meetings", """
                {"title":"%s","date":"%s","startTime":"14:00","endTime":"16:00","place":"Lille"}"""
                .formatted(title, nextDate())), 201).path("meetingId").asText();
    }
}
