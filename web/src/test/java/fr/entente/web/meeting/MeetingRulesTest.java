package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static fr.entente.web.meeting.WorkingGroupMeetings.A;
import static fr.entente.web.meeting.WorkingGroupMeetings.BODY;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.refused;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting's rules as a person meets them through the API: problem details with the status, the stable code,
 * the field when there is one, and a French message saying what to do; the log unchanged.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingRulesTest {

    private ApiWorld world;
    private ApiClient officer;
    private ApiClient member;
    private String meeting;
    private long eventsBefore;

    @BeforeEach
    void scheduleAMeeting(ApiWorld world) {
        WorkingGroupMeetings.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        member = world.signedIn(MEMBER_59);
        meeting = meeting(schedule(officer, "Groupe de travail"));
        eventsBefore = world.eventCount();
    }

    @Test
    void refusesARequestAfterTheDeadlineSayingWhereToTurn() {
        expect(officer.put(meeting + "/agenda/deadline",
                "{\"deadline\":\"" + Instant.now().minus(1, ChronoUnit.HOURS) + "\"}"), 200);
        eventsBefore = world.eventCount();

        JsonNode problem = refused(world, eventsBefore, member.post(meeting + "/agenda/requests",
                "{\"title\":\"Un point tardif\",\"purpose\":\"INFORMATION\"}"), 409, "meeting.request-deadline-passed");

        assertThat(problem.path("title").asText()).isEqualTo("Conflit");
        assertThat(problem.path("detail").asText()).contains("date limite", "réunion suivante");
    }

    @Test
    void refusesToStartAMeetingTwice() {
        expect(officer.post(meeting + "/start", ""), 204);
        eventsBefore = world.eventCount();

        refused(world, eventsBefore, officer.post(meeting + "/start", ""), 409, "meeting.already-started");
        refused(world, eventsBefore, officer.put(meeting + "/schedule",
                "{\"date\":\"2027-12-01\",\"startTime\":\"14:00\",\"endTime\":\"15:00\",\"place\":\"Lille\"}"),
                409, "meeting.already-started");
    }

    @Test
    void refusesToApproveMinutesBeforeTheyAreSubmitted() {
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.post(meeting + "/end", ""), 204);
        expect(officer.post(meeting + "/minutes", ""), 201);
        eventsBefore = world.eventCount();

        JsonNode problem = refused(world, eventsBefore, world.signedIn(WorkingGroupMeetings.CONVENOR)
                .post(meeting + "/minutes/approval", "{\"mode\":\"CONVENOR\"}"), 409, "meeting.minutes-not-submitted");
        assertThat(problem.path("detail").asText()).contains("Soumettez-le d'abord");
    }

    @Test
    void refusesAMemberWithoutTheRoleWhatTheOfficerDoes() {
        expect(officer.post(meeting + "/agenda/items", "{\"title\":\"Tour de table\",\"purpose\":\"INFORMATION\"}"), 201);
        eventsBefore = world.eventCount();

        JsonNode problem = refused(world, eventsBefore, member.post(meeting + "/agenda/publication", ""), 403,
                                   "meeting.officer-or-convenor-required");
        assertThat(problem.path("title").asText()).isEqualTo("Action non autorisée");
        refused(world, eventsBefore, member.post(meeting + "/start", ""), 403, "meeting.officer-or-convenor-required");
        refused(world, eventsBefore, officer.post(meeting + "/minutes/approval", "{\"mode\":\"CONVENOR\"}"), 403,
                "meeting.convenor-required");
    }

    @Test
    void answersAPersonOfTheCooperationWhoDoesNotSitInTheBodyAsIfTheMeetingDidNotExist() {
        ApiClient outsider = world.signedIn(MEMBER_HDF);

        JsonNode existing = refused(world, eventsBefore, outsider.post(meeting + "/agenda/requests",
                "{\"title\":\"Un point\",\"purpose\":\"INFORMATION\"}"), 404, "meeting.not-found");
        JsonNode missing = refused(world, eventsBefore, officer.post(meeting("no-such-meeting") + "/agenda/requests",
                "{\"title\":\"Un point\",\"purpose\":\"INFORMATION\"}"), 404, "meeting.not-found");

        assertThat(existing.path("detail")).isEqualTo(missing.path("detail"));
        refused(world, eventsBefore, outsider.post(A + "/bodies/" + BODY + "/meetings",
                "{\"title\":\"Réunion\",\"date\":\"2027-12-01\",\"startTime\":\"14:00\",\"endTime\":\"15:00\","
                + "\"place\":\"Lille\"}"), 404, "meeting.not-found");
    }

    @Test
    void answersAnUnknownMeetingWith404EvenWhenItsIdIsAnotherAggregates() {
        refused(world, eventsBefore, officer.post(meeting("no-such-meeting") + "/start", ""), 404, "meeting.not-found");
        refused(world, eventsBefore, officer.post(meeting("no-such-meeting") + "/minutes", ""), 404, "meeting.not-found");
        refused(world, eventsBefore, officer.post(meeting(ApiWorld.HDF) + "/start", ""), 404, "meeting.not-found");
        JsonNode series = expect(officer.post(A + "/bodies/" + BODY + "/meeting-series", "{\"title\":\"GT\","
                + "\"recurrence\":{\"frequency\":\"MONTHLY\",\"ordinal\":-1,\"dayOfWeek\":\"FRIDAY\"},"
                + "\"firstDate\":\"2029-01-01\",\"lastDate\":\"2029-02-28\",\"startTime\":\"09:00\","
                + "\"endTime\":\"10:00\",\"place\":\"Lille\"}"), 201);
        eventsBefore = world.eventCount();
        refused(world, eventsBefore, officer.post(meeting(series.path("seriesId").asText()) + "/start", ""), 404,
                "meeting.not-found");
    }

    @Test
    void choosesEveryMeetingsIdSoThatNoneTakenElsewhereCanBeProbed() {
        String taken = meeting.substring(meeting.lastIndexOf('/') + 1);
        String body = "{\"meetingId\":\"%s\",\"title\":\"Réunion\",\"date\":\"2027-12-01\","
                      + "\"startTime\":\"14:00\",\"endTime\":\"15:00\",\"place\":\"Lille\"}";

        JsonNode takenAnswer = refused(world, eventsBefore, officer.post(A + "/bodies/" + BODY + "/meetings",
                body.formatted(taken)), 400, "request.unknown-field");
        JsonNode freeAnswer = refused(world, eventsBefore, officer.post(A + "/bodies/" + BODY + "/meetings",
                body.formatted("never-used-" + System.nanoTime())), 400, "request.unknown-field");
        JsonNode ofACooperation = refused(world, eventsBefore, officer.post(A + "/bodies/" + BODY + "/meetings",
                body.formatted(ApiWorld.BZH)), 400, "request.unknown-field");

        assertThat(takenAnswer.path("detail")).isEqualTo(freeAnswer.path("detail")).isEqualTo(ofACooperation.path("detail"));
        JsonNode created = expect(officer.post(A + "/bodies/" + BODY + "/meetings", String.format(
                "{\"title\":\"Réunion\",\"date\":\"2027-12-01\",\"startTime\":\"14:00\",\"endTime\":\"15:00\","
                + "\"place\":\"Lille\"}")), 201);
        assertThat(created.path("meetingId").asText()).as("the hub's choice").matches("[0-9a-f-]{36}");
    }

    @Test
    void namesWhatIsUnknownInTheMeeting() {
        expect(officer.post(meeting + "/start", ""), 204);
        eventsBefore = world.eventCount();

        JsonNode item = refused(world, eventsBefore, officer.put(meeting + "/current-item", "{\"itemId\":\"i-nowhere\"}"),
                                404, "meeting.item-unknown");
        assertThat(item.path("field").asText()).isEqualTo("itemId");
        JsonNode person = refused(world, eventsBefore, officer.put(meeting + "/attendance/" + MEMBER_HDF.personId(),
                "{\"status\":\"PRESENT\"}"), 404, "meeting.person-not-in-body");
        assertThat(person.path("detail").asText()).contains("ne siège pas");
    }

    @Test
    void refusesValuesThatDoNotHoldTogetherNamingTheField() {
        JsonNode endBeforeStart = refused(world, eventsBefore, officer.post(A + "/bodies/" + BODY + "/meetings",
                "{\"title\":\"Réunion\",\"date\":\"2027-12-01\",\"startTime\":\"15:00\",\"endTime\":\"14:00\","
                + "\"place\":\"Lille\"}"), 422, "meeting.end-before-start");
        assertThat(endBeforeStart.path("field").asText()).isEqualTo("endTime");
        JsonNode noPlace = refused(world, eventsBefore, officer.put(meeting + "/schedule",
                "{\"date\":\"2027-12-01\",\"startTime\":\"14:00\",\"endTime\":\"15:00\"}"), 422,
                "meeting.place-or-video-link-required");
        assertThat(noPlace.path("field").asText()).isEqualTo("place");
        JsonNode tooMany = refused(world, eventsBefore, officer.post(A + "/bodies/" + BODY + "/meeting-series",
                "{\"title\":\"Hebdo\",\"recurrence\":{\"frequency\":\"WEEKLY\",\"everyWeeks\":1,\"dayOfWeek\":\"MONDAY\"},"
                + "\"firstDate\":\"2028-01-03\",\"lastDate\":\"2030-01-01\",\"startTime\":\"09:00\","
                + "\"endTime\":\"09:30\",\"place\":\"Lille\"}"), 422, "meeting.too-many-occurrences");
        assertThat(tooMany.path("field").asText()).isEqualTo("lastDate");
    }
}
