package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.meeting.api.MeetingLimits;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpRequest.BodyPublishers;

import static fr.entente.web.meeting.WorkingGroupMeetings.A;
import static fr.entente.web.meeting.WorkingGroupMeetings.BODY;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile input to the meetings' endpoints, sent by the officer (or a member) who could otherwise act:
 * unreadable JSON, unknown fields and values outside a choice answer 400, missing or oversized fields 422, each
 * naming the field and the fix, and the log does not change.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingHostileInputTest {

    private static final String MEETINGS = A + "/bodies/" + BODY + "/meetings";
    private static final String SERIES = A + "/bodies/" + BODY + "/meeting-series";

    private ApiWorld world;
    private ApiClient officer;
    private String meeting;
    private long eventsBefore;

    @BeforeEach
    void signIn(ApiWorld world) {
        WorkingGroupMeetings.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        meeting = meeting(schedule(officer, "Groupe de travail"));
        eventsBefore = world.eventCount();
    }

    @Test
    void refusesMalformedJson() {
        JsonNode problem = refused(officer.post(MEETINGS, "{\"title\": \"GT\", \"date\": "), 400, "request.malformed-json");

        assertThat(problem.path("detail").asText()).contains("n'est pas un JSON valide");
    }

    @Test
    void refusesAnUnknownFieldNamingIt() {
        JsonNode problem = refused(officer.post(meeting + "/agenda/items",
                "{\"title\":\"Point\",\"purpose\":\"INFORMATION\",\"approved\":true}"), 400, "request.unknown-field");

        assertThat(problem.path("field").asText()).isEqualTo("approved");
        assertThat(problem.path("detail").asText()).contains("« approved » n'est pas attendu", "itemId", "title");
    }

    @Test
    void refusesMissingFieldsNamingEach() {
        JsonNode problem = refused(officer.post(MEETINGS, "{\"title\":\"GT\",\"place\":\"Lille\"}"), 422,
                                   "request.invalid-fields");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("date", "startTime", "endTime");
        assertThat(problem.path("errors").findValuesAsText("message"))
                .anyMatch(message -> message.contains("Indiquez la date de la réunion (date)"));
        JsonNode reason = refused(officer.post(meeting + "/cancellation", "{}"), 422, "request.invalid-fields");
        assertThat(reason.path("field").asText()).isEqualTo("reason");
        assertThat(reason.path("detail").asText()).contains("Indiquez la raison");
    }

    @Test
    void refusesAValueOutsideAChoiceListingTheChoices() {
        JsonNode purpose = refused(officer.post(meeting + "/agenda/items", "{\"title\":\"Point\",\"purpose\":\"VOTE\"}"),
                                   400, "request.invalid-value");
        assertThat(purpose.path("field").asText()).isEqualTo("purpose");
        assertThat(purpose.path("detail").asText()).contains("« VOTE »", "INFORMATION", "DISCUSSION", "DECISION");

        JsonNode frequency = refused(officer.post(SERIES, """
                {"title":"GT","recurrence":{"frequency":"YEARLY","dayOfWeek":"MONDAY"},"firstDate":"2030-01-01",
                 "lastDate":"2030-12-31","startTime":"09:00","endTime":"10:00","place":"Lille"}"""), 400,
                "request.invalid-value");
        assertThat(frequency.path("field").asText()).isEqualTo("recurrence.frequency");
        assertThat(frequency.path("detail").asText()).contains("MONTHLY", "WEEKLY");
    }

    @Test
    void refusesADateOrAnHourThatDoesNotRead() {
        JsonNode date = refused(officer.post(MEETINGS, """
                {"title":"GT","date":"2027-13-45","startTime":"14:00","endTime":"15:00","place":"Lille"}"""), 400,
                "request.invalid-value");
        assertThat(date.path("field").asText()).isEqualTo("date");
        JsonNode deadline = refused(officer.put(meeting + "/agenda/deadline", "{\"deadline\":\"demain\"}"), 400,
                                    "request.invalid-value");
        assertThat(deadline.path("field").asText()).isEqualTo("deadline");
    }

    @Test
    void refusesADateWithATimeRatherThanDroppingTheTime() {
        JsonNode date = refused(officer.post(MEETINGS, """
                {"title":"GT","date":"2027-06-09T10:00","startTime":"14:00","endTime":"15:00","place":"Lille"}"""), 400,
                "request.invalid-value");

        assertThat(date.path("field").asText()).isEqualTo("date");
    }

    @Test
    void refusesADateOutsideTheYearsMeetingsAreHeldSayingWhich() {
        JsonNode farAway = refused(officer.post(MEETINGS, """
                {"title":"GT","date":"+10000-06-09","startTime":"14:00","endTime":"15:00","place":"Lille"}"""), 422,
                "meeting.date-out-of-range");
        JsonNode longAgo = refused(officer.post(MEETINGS, """
                {"title":"GT","date":"0001-06-09","startTime":"14:00","endTime":"15:00","place":"Lille"}"""), 422,
                "meeting.date-out-of-range");

        assertThat(farAway.path("field").asText()).isEqualTo("date");
        assertThat(farAway.path("detail").asText()).contains("entre 2000 et 2100");
        assertThat(longAgo.path("field").asText()).isEqualTo("date");
    }

    @Test
    void refusesALoneSurrogateRatherThanStoringAReplacementCharacter() {
        JsonNode problem = refused(officer.post(MEETINGS, """
                {"title":"GT \\ud800 juin","date":"2027-06-09","startTime":"14:00","endTime":"15:00","place":"Lille"}"""),
                400, "request.malformed-text");

        assertThat(problem.path("field").asText()).isEqualTo("title");
    }

    @Test
    void refusesLineBreaksAndDirectionOverridesInOneLineFields() {
        for (String title : java.util.List.of("GT\\r\\nATTENDEE:mailto:x@evil.example", "GT \\u202Etxt.exe", "GT\\tjuin")) {
            JsonNode problem = refused(officer.post(MEETINGS, """
                    {"title":"%s","date":"2027-06-09","startTime":"14:00","endTime":"15:00","place":"Lille"}"""
                    .formatted(title)), 422, "request.invalid-fields");

            assertThat(problem.path("field").asText()).isEqualTo("title");
            assertThat(problem.path("detail").asText()).contains("tient sur une ligne");
        }
    }

    @Test
    void refusesANoteBlockIdThatIsNoIdentifier() {
        assertThat(officer.post(meeting + "/start", "").status()).isEqualTo(204);
        eventsBefore = world.eventCount();

        JsonNode problem = refused(officer.put(meeting + "/notes/%C3%A9%20x", "{\"itemId\":\"i\",\"text\":\"t\"}"),
                                   422, "request.invalid-fields");

        assertThat(problem.path("field").asText()).isEqualTo("blockId");
    }

    @Test
    void refusesOversizedTextsSayingTheLimit() {
        expect(officer.post(meeting + "/agenda/items", "{\"itemId\":\"i-1\",\"title\":\"Point\",\"purpose\":\"DECISION\"}"), 201);
        expect(officer.post(meeting + "/start", ""), 204);
        eventsBefore = world.eventCount();

        JsonNode notes = refused(world.signedIn(MEMBER_59).put(meeting + "/notes/b-1",
                "{\"itemId\":\"i-1\",\"text\":\"" + "n".repeat(20_001) + "\"}"), 422, "request.invalid-fields");
        assertThat(notes.path("field").asText()).isEqualTo("text");
        assertThat(notes.path("detail").asText()).contains("20 000 caractères");
        JsonNode title = refused(officer.post(meeting + "/agenda/items",
                "{\"title\":\"" + "t".repeat(201) + "\",\"purpose\":\"DECISION\"}"), 422, "request.invalid-fields");
        assertThat(title.path("field").asText()).isEqualTo("title");
        JsonNode reason = refused(officer.post(meeting + "/agenda/requests/r-1/decline",
                "{\"reason\":\"" + "r".repeat(1_001) + "\"}"), 422, "request.invalid-fields");
        assertThat(reason.path("detail").asText()).contains("1 000 caractères");
        refused(officer.put(meeting + "/notes/b-1", "{\"itemId\":\"i-1\",\"text\":\"" + "x".repeat(600_000) + "\"}"),
                413, "request.too-large");
    }

    @Test
    void takesMinutesAsLongAsThePageLetsThemBeAndNoLonger() {
        expect(officer.post(meeting + "/start", ""), 204);
        expect(officer.post(meeting + "/end", ""), 204);
        expect(officer.post(meeting + "/minutes", ""), 201);
        String longest = "é".repeat(MeetingLimits.MINUTES);

        expect(officer.put(meeting + "/minutes", "{\"baseVersion\":1,\"text\":\"" + longest + "\"}"), 200);
        eventsBefore = world.eventCount();
        JsonNode tooLong = refused(officer.put(meeting + "/minutes", "{\"baseVersion\":2,\"text\":\"" + longest + "é\"}"),
                                   422, "request.invalid-fields");
        assertThat(tooLong.path("field").asText()).isEqualTo("text");
        assertThat(tooLong.path("detail").asText()).contains("100 000 caractères");
    }

    @Test
    void refusesMarkupInATitleAndAScriptAsAVideoLink() {
        JsonNode title = refused(officer.post(MEETINGS, """
                {"title":"<script>alert(1)</script>","date":"2027-12-01","startTime":"14:00","endTime":"15:00",
                 "place":"Lille"}"""), 422, "request.invalid-fields");
        assertThat(title.path("field").asText()).isEqualTo("title");
        assertThat(title.path("detail").asText()).contains("< et > ne sont pas acceptés dans un titre");

        JsonNode link = refused(officer.put(meeting + "/schedule", """
                {"date":"2027-12-01","startTime":"14:00","endTime":"15:00","videoLink":"javascript:alert(1)"}"""),
                422, "request.invalid-fields");
        assertThat(link.path("field").asText()).isEqualTo("videoLink");
    }

    @Test
    void refusesARemovalWithoutAReasonNamingTheParameter() {
        JsonNode problem = refused(officer.delete(meeting + "/agenda/items/i-1"), 422, "request.invalid-fields");

        assertThat(problem.path("field").asText()).isEqualTo("reason");
        assertThat(problem.path("detail").asText()).contains("Indiquez la raison");
    }

    @Test
    void refusesAnIdentifierThatIsNotOneNamingTheField() {
        JsonNode problem = refused(officer.post(meeting + "/agenda/items", """
                {"itemId":"../../etc/passwd","title":"Point","purpose":"DECISION"}"""), 422, "request.invalid-fields");

        assertThat(problem.path("field").asText()).isEqualTo("itemId");
    }

    @Test
    void refusesAMissingOrNonJsonBody() {
        refused(officer.post(meeting + "/cancellation", ""), 400, "request.body-missing");
        refused(officer.write("PUT", meeting + "/minutes", BodyPublishers.ofString("baseVersion=1"), "text/plain"), 415,
                "request.unsupported-media-type");
    }

    @Test
    void keepsAngleBracketsInFreeTextsAsTyped() {
        JsonNode request = expect(world.signedIn(MEMBER_59).post(meeting + "/agenda/requests",
                "{\"title\":\"Petites collectivités\",\"purpose\":\"DISCUSSION\","
                + "\"description\":\"Communes < 1 000 habitants -> mutualiser ?\"}"), 201);

        assertThat(request.path("description").asText()).isEqualTo("Communes < 1 000 habitants -> mutualiser ?");
    }

    private JsonNode refused(Response response, int status, String code) {
        JsonNode problem = WorkingGroupMeetings.refused(world, eventsBefore, response, status, code);
        assertThat(problem.path("title").asText()).isNotBlank();
        return problem;
    }
}
