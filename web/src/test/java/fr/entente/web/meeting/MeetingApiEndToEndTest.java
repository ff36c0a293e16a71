package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fr.entente.web.meeting.WorkingGroupMeetings.A;
import static fr.entente.web.meeting.WorkingGroupMeetings.BODY;
import static fr.entente.web.meeting.WorkingGroupMeetings.CONVENOR;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_60;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.eventTypes;
import static fr.entente.web.meeting.WorkingGroupMeetings.events;
import static fr.entente.web.meeting.WorkingGroupMeetings.expect;
import static fr.entente.web.meeting.WorkingGroupMeetings.meeting;
import static fr.entente.web.meeting.WorkingGroupMeetings.refused;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working group's meeting carried through the REST API of the running hub, from its schedule to its amended
 * minutes, by its officer, its convenor and two members: every step answers what it created or changed, and lands
 * in the log as the person's act.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingApiEndToEndTest {

    private ApiWorld world;
    private ApiClient officer;
    private ApiClient convenor;
    private ApiClient member59;
    private ApiClient member60;

    @BeforeEach
    void signIn(ApiWorld world) {
        WorkingGroupMeetings.seat(world);
        this.world = world;
        officer = world.signedIn(OFFICER);
        convenor = world.signedIn(CONVENOR);
        member59 = world.signedIn(MEMBER_59);
        member60 = world.signedIn(MEMBER_60);
    }

    @Test
    void carriesAMeetingFromItsScheduleToItsAmendedMinutes() {
        // scheduled, with an id the hub chooses
        JsonNode scheduled = expect(officer.post(A + "/bodies/" + BODY + "/meetings", """
                {"title":"  Groupe de travail de janvier ","date":"2027-01-12","startTime":"14:00","endTime":"16:30",
                 "place":"CDG du Nord, salle 2","videoLink":"https://visio.example.fr/gt"}"""), 201);
        String m = scheduled.path("meetingId").asText();
        assertThat(UUID.fromString(m)).isNotNull();
        assertThat(scheduled.path("bodyId").asText()).isEqualTo(BODY);
        assertThat(scheduled.path("date").asText()).isEqualTo("2027-01-12");
        assertThat(scheduled.path("startTime").asText()).startsWith("14:00");
        String meeting = meeting(m);

        // the agenda: requests until the deadline, accepted (two merged), one declined, the officer's own, ordered
        Instant deadline = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(expect(officer.put(meeting + "/agenda/deadline", "{\"deadline\":\"" + deadline + "\"}"), 200)
                .path("deadline").asText()).isEqualTo(deadline.toString());
        JsonNode r1 = expect(member59.post(meeting + "/agenda/requests", """
                {"title":"Bilan de l'observatoire","purpose":"DISCUSSION","description":"Effectifs < 50 agents : quel suivi ?",
                 "expectedMinutes":20}"""), 201);
        assertThat(r1.path("requestedBy").asText()).isEqualTo(MEMBER_59.personId());
        assertThat(r1.path("onBehalfOf").asText()).isEqualTo("cdg-59");
        assertThat(r1.path("description").asText()).isEqualTo("Effectifs < 50 agents : quel suivi ?");
        String r2 = expect(member60.post(meeting + "/agenda/requests", """
                {"requestId":"r-bareme","title":"Barème des cotisations","purpose":"DECISION","expectedMinutes":15}"""),
                201).path("requestId").asText();
        String r3 = expect(member59.post(meeting + "/agenda/requests", """
                {"title":"Cotisations 2027","purpose":"INFORMATION","expectedMinutes":10}"""), 201).path("requestId").asText();
        String r4 = expect(member60.post(meeting + "/agenda/requests", """
                {"title":"Visite du site de Lille","purpose":"INFORMATION"}"""), 201).path("requestId").asText();
        assertThat(r2).isEqualTo("r-bareme");

        JsonNode observatory = expect(officer.post(meeting + "/agenda/items/from-requests",
                "{\"requestIds\":[\"" + r1.path("requestId").asText() + "\"]}"), 201);
        assertThat(observatory.path("title").asText()).isEqualTo("Bilan de l'observatoire");
        JsonNode fees = expect(officer.post(meeting + "/agenda/items/from-requests", """
                {"itemId":"i-cotisations","requestIds":["%s","%s"],"title":"Cotisations et barème"}""".formatted(r2, r3)), 201);
        assertThat(fees.path("itemId").asText()).isEqualTo("i-cotisations");
        assertThat(fees.path("purpose").asText()).as("the strongest purpose").isEqualTo("DECISION");
        assertThat(fees.path("expectedMinutes").asInt()).as("the sum of the minutes").isEqualTo(25);
        assertThat(fees.path("requestIds").toString()).contains(r2, r3);
        expect(officer.post(meeting + "/agenda/requests/" + r4 + "/decline",
                "{\"reason\":\"Prévue au comité technique de mars.\"}"), 204);
        JsonNode welcome = expect(officer.post(meeting + "/agenda/items", """
                {"itemId":"i-accueil","title":"Accueil et approbation du précédent compte rendu","purpose":"DECISION",
                 "expectedMinutes":10}"""), 201);
        assertThat(welcome.path("requestIds").size()).isZero();
        String i1 = observatory.path("itemId").asText();
        expect(officer.put(meeting + "/agenda/order", "{\"itemIds\":[\"i-accueil\",\"" + i1 + "\",\"i-cotisations\"]}"), 200);
        JsonNode published = expect(officer.post(meeting + "/agenda/publication", ""), 201);
        assertThat(published.path("version").asInt()).isEqualTo(1);
        assertThat(published.path("itemIds").toString()).isEqualTo("[\"i-accueil\",\"" + i1 + "\",\"i-cotisations\"]");

        // a change after publication amends the published agenda; publishing again makes version 2
        expect(officer.delete(meeting + "/agenda/items/" + i1 + "?reason=Report%C3%A9%20%C3%A0%20f%C3%A9vrier"), 204);
        assertThat(eventTypes(world, m)).containsSubsequence("AgendaPublishedEvent", "AgendaItemRemovedEvent",
                                                             "PublishedAgendaAmendedEvent");
        assertThat(expect(officer.post(meeting + "/agenda/publication", ""), 201).path("version").asInt()).isEqualTo(2);

        // live
        expect(officer.post(meeting + "/start", ""), 204);
        assertThat(expect(officer.put(meeting + "/attendance/" + MEMBER_59.personId(), "{\"status\":\"PRESENT\"}"), 200)
                .path("status").asText()).isEqualTo("PRESENT");
        expect(officer.put(meeting + "/attendance/" + MEMBER_60.personId(),
                "{\"status\":\"REPRESENTED\",\"representedBy\":\"" + MEMBER_59.personId() + "\"}"), 200);
        expect(officer.put(meeting + "/current-item", "{\"itemId\":\"i-cotisations\"}"), 200);

        // notes: two saves from the same version keep both texts
        JsonNode created = expect(member59.put(meeting + "/notes/b-cotisations",
                "{\"itemId\":\"i-cotisations\",\"text\":\"Le barème actuel date de 2019.\"}"), 201);
        assertThat(created.path("outcome").asText()).isEqualTo("SAVED");
        assertThat(created.path("version").asInt()).isEqualTo(1);
        JsonNode first = expect(member60.put(meeting + "/notes/b-cotisations",
                "{\"baseVersion\":1,\"text\":\"Le barème actuel date de 2019 ; hausse de 2 % proposée.\"}"), 200);
        assertThat(first.path("outcome").asText()).isEqualTo("SAVED");
        assertThat(first.path("blockId").asText()).isEqualTo("b-cotisations");
        assertThat(first.path("version").asInt()).isEqualTo(2);
        JsonNode second = expect(officer.put(meeting + "/notes/b-cotisations",
                "{\"baseVersion\":1,\"text\":\"Barème de 2019 ; le CDG 60 propose +2 %, le CDG 59 +1,5 %.\"}"), 201);
        assertThat(second.path("outcome").asText()).isEqualTo("CONFLICTING_COPY");
        assertThat(second.path("blockId").asText()).isEqualTo("b-cotisations~1");
        assertThat(second.path("version").asInt()).isEqualTo(1);
        assertThat(second.path("conflictsWith").asText()).isEqualTo("b-cotisations");
        assertThat(second.path("conflictsWithVersion").asInt()).isEqualTo(2);

        // proposals and actions
        JsonNode proposal = expect(officer.post(meeting + "/proposals", """
                {"itemId":"i-cotisations","proposedByOrganisationId":"cdg-60","text":"Hausse du barème de 2 % en 2027.",
                 "outcome":"ADOPTED"}"""), 201);
        String p = proposal.path("proposalId").asText();
        assertThat(expect(officer.put(meeting + "/proposals/" + p + "/outcome", "{\"outcome\":\"DEFERRED\"}"), 200)
                .path("outcome").asText()).isEqualTo("DEFERRED");
        JsonNode action = expect(officer.post(meeting + "/actions", """
                {"itemId":"i-cotisations","what":"Chiffrer les deux hypothèses de barème","ownerOrganisationId":"cdg-59",
                 "dueDate":"2027-02-15"}"""), 201);
        assertThat(action.path("actionId").asText()).isNotBlank();
        expect(officer.post(meeting + "/end", ""), 204);

        // minutes: drafted from the notes, edited over the version read, a stale edit refused, then the path to publication
        JsonNode draft = expect(officer.post(meeting + "/minutes", ""), 201);
        assertThat(draft.path("version").asInt()).isEqualTo(1);
        assertThat(draft.path("text").asText()).contains("Cotisations et barème", "hausse de 2 % proposée",
                                                         "le CDG 59 +1,5 %");
        JsonNode edited = expect(officer.put(meeting + "/minutes",
                "{\"baseVersion\":1,\"text\":\"Compte rendu relu : barème de 2019, deux hypothèses à chiffrer.\"}"), 200);
        assertThat(edited.path("version").asInt()).isEqualTo(2);
        long eventsBefore = world.eventCount();
        JsonNode stale = refused(world, eventsBefore, officer.put(meeting + "/minutes",
                "{\"baseVersion\":1,\"text\":\"Une autre relecture.\"}"), 409, "meeting.minutes-changed-since");
        assertThat(stale.path("field").asText()).isEqualTo("baseVersion");
        assertThat(stale.path("detail").asText()).contains("version actuelle : 2");
        expect(officer.post(meeting + "/minutes/submission", ""), 204);
        expect(convenor.post(meeting + "/minutes/approval", "{\"mode\":\"CONVENOR\"}"), 204);
        expect(officer.post(meeting + "/minutes/publication", ""), 204);
        JsonNode amendment = expect(officer.post(meeting + "/minutes/amendments",
                "{\"amendmentId\":\"rect-1\",\"text\":\"Lire « +1,5 % » pour le CDG 59, non « +1 % ».\"}"), 201);
        assertThat(amendment.path("amendmentId").asText()).isEqualTo("rect-1");
        expect(convenor.post(meeting + "/minutes/amendments/rect-1/approval", "{\"mode\":\"CONVENOR\"}"), 204);

        assertThat(eventTypes(world, m)).containsExactly(
                "MeetingScheduledEvent", "AgendaRequestDeadlineSetEvent",
                "AgendaItemRequestedEvent", "AgendaItemRequestedEvent", "AgendaItemRequestedEvent", "AgendaItemRequestedEvent",
                "AgendaItemRequestsAcceptedEvent", "AgendaItemRequestsAcceptedEvent", "AgendaItemRequestDeclinedEvent",
                "AgendaItemAddedEvent", "AgendaReorderedEvent", "AgendaPublishedEvent",
                "AgendaItemRemovedEvent", "PublishedAgendaAmendedEvent", "AgendaPublishedEvent",
                "MeetingStartedEvent", "AttendanceRecordedEvent", "AttendanceRecordedEvent", "CurrentAgendaItemChangedEvent",
                "NoteBlockSavedEvent", "NoteBlockSavedEvent", "NoteEditConflictedEvent",
                "ProposalRecordedEvent", "ProposalOutcomeChangedEvent", "ActionItemRecordedEvent", "MeetingEndedEvent",
                "MinutesDraftedEvent", "MinutesEditedEvent", "MinutesSubmittedEvent", "MinutesApprovedEvent",
                "MinutesPublishedEvent", "MinutesAmendmentProposedEvent", "MinutesAmendmentApprovedEvent");
        List<Document> log = events(world, m);
        assertThat(actorOf(log.get(2))).isEqualTo(MEMBER_59.personId());
        assertThat(actorOf(log.get(21))).isEqualTo(OFFICER.personId());
        assertThat(actorOf(log.get(29))).isEqualTo(CONVENOR.personId());
        for (Document event : log) {
            Document metaData = event.get("metaData", Document.class);
            assertThat(metaData.getString("cooperationId")).isEqualTo(HDF);
            assertThat(metaData.getString("actorOrganisation")).isNotBlank();
        }
        assertThat(log.get(20).get("payload", Document.class).getString("authorId")).isEqualTo(MEMBER_60.personId());
        assertThat(log.toString()).as("no name or e-mail in the log").doesNotContain("Paul Leroy", "@example.fr");
    }

    @Test
    void plansASeriesWhoseMeetingsAreThenMovedAndCancelledOneByOne() {
        JsonNode series = expect(officer.post(A + "/bodies/" + BODY + "/meeting-series", """
                {"title":"Groupe de travail","recurrence":{"frequency":"MONTHLY","ordinal":2,
                 "dayOfWeek":"TUESDAY"},"firstDate":"2027-09-01","lastDate":"2027-12-31","startTime":"09:30",
                 "endTime":"12:00","videoLink":"https://visio.example.fr/gt"}"""), 201);
        String seriesId = series.path("seriesId").asText();
        assertThat(UUID.fromString(seriesId)).as("the hub's choice").isNotNull();
        assertThat(series.path("meetings").findValuesAsText("meetingId")).containsExactly(seriesId + "-2027-09-14",
                seriesId + "-2027-10-12", seriesId + "-2027-11-09", seriesId + "-2027-12-14");
        assertThat(series.path("meetings").findValuesAsText("date")).first().isEqualTo("2027-09-14");

        JsonNode moved = expect(officer.put(meeting(seriesId + "-2027-10-12") + "/schedule", """
                {"date":"2027-10-14","startTime":"14:00","endTime":"16:00","place":"CDG de l'Oise"}"""), 200);
        assertThat(moved.path("date").asText()).isEqualTo("2027-10-14");
        expect(officer.post(meeting(seriesId + "-2027-11-09") + "/cancellation",
                "{\"reason\":\"Jour de grève des transports.\"}"), 204);

        assertThat(eventTypes(world, seriesId + "-2027-10-12")).containsExactly("MeetingScheduledEvent", "MeetingMovedEvent");
        assertThat(eventTypes(world, seriesId + "-2027-11-09")).containsExactly("MeetingScheduledEvent", "MeetingCancelledEvent");
        assertThat(eventTypes(world, seriesId + "-2027-12-14")).containsExactly("MeetingScheduledEvent");

        JsonNode weekly = expect(officer.post(A + "/bodies/" + BODY + "/meeting-series", """
                {"title":"Point hebdomadaire","recurrence":{"frequency":"WEEKLY","everyWeeks":2,"dayOfWeek":"MONDAY"},
                 "firstDate":"2028-01-03","lastDate":"2028-01-31","startTime":"09:00","endTime":"09:30",
                 "videoLink":"https://visio.example.fr/hebdo"}"""), 201);
        assertThat(UUID.fromString(weekly.path("seriesId").asText())).isNotNull();
        assertThat(weekly.path("meetings").findValuesAsText("date")).containsExactly("2028-01-03", "2028-01-17", "2028-01-31");
    }

    @Test
    void recordsTheBodysApprovalOfMinutesAndOfAnAmendmentDuringALaterLiveMeeting() {
        String held = schedule(officer, "Groupe de travail de février");
        expect(officer.post(meeting(held) + "/agenda/items", "{\"title\":\"Tour de table\",\"purpose\":\"INFORMATION\"}"), 201);
        expect(officer.post(meeting(held) + "/start", ""), 204);
        expect(officer.post(meeting(held) + "/end", ""), 204);
        expect(officer.post(meeting(held) + "/minutes", ""), 201);
        expect(officer.post(meeting(held) + "/minutes/submission", ""), 204);
        String next = schedule(officer, "Groupe de travail de mars");
        expect(officer.post(meeting(next) + "/start", ""), 204);

        // the phases' read model follows the log a moment behind: the hub may answer 409 once
        eventually(() -> Optional.of(officer.post(meeting(held) + "/minutes/approval",
                "{\"mode\":\"BODY_AT_MEETING\",\"atMeetingId\":\"" + next + "\"}")).filter(r -> r.status() == 204));
        expect(officer.post(meeting(held) + "/minutes/amendments", "{\"amendmentId\":\"rect-tour\",\"text\":\"Ajouter le CDG 62 au tour de table.\"}"), 201);
        expect(officer.post(meeting(held) + "/minutes/amendments/rect-tour/approval",
                "{\"mode\":\"BODY_AT_MEETING\",\"atMeetingId\":\"" + next + "\"}"), 204);

        Document approved = events(world, held).stream()
                .filter(event -> event.getString("payloadType").endsWith("MinutesApprovedEvent")).findFirst().orElseThrow();
        assertThat(approved.get("payload", Document.class).getString("atMeetingId")).isEqualTo(next);
        assertThat(actorOf(approved)).isEqualTo(OFFICER.personId());
    }

    @Test
    void describesEveryMeetingEndpointInTheApiDocumentation() {
        JsonNode docs = expect(new ApiClient(world.port()).get("/v3/api-docs"), 200);
        JsonNode paths = docs.path("paths");
        String meeting = "/api/cooperations/{cooperationId}/meetings/{meetingId}";
        List<String> operations = List.of(
                "post /api/cooperations/{cooperationId}/bodies/{bodyId}/meetings",
                "post /api/cooperations/{cooperationId}/bodies/{bodyId}/meeting-series",
                "put " + meeting + "/schedule", "post " + meeting + "/cancellation",
                "put " + meeting + "/agenda/deadline", "post " + meeting + "/agenda/requests",
                "post " + meeting + "/agenda/requests/{requestId}/decline", "post " + meeting + "/agenda/items/from-requests",
                "post " + meeting + "/agenda/items", "delete " + meeting + "/agenda/items/{itemId}",
                "put " + meeting + "/agenda/order", "post " + meeting + "/agenda/publication",
                "post " + meeting + "/start", "post " + meeting + "/end", "put " + meeting + "/attendance/{personId}",
                "put " + meeting + "/current-item", "put " + meeting + "/notes/{blockId}", "post " + meeting + "/proposals",
                "put " + meeting + "/proposals/{proposalId}/outcome", "post " + meeting + "/proposals/{proposalId}/vote",
                "post " + meeting + "/actions",
                "post " + meeting + "/minutes", "put " + meeting + "/minutes", "post " + meeting + "/minutes/submission",
                "post " + meeting + "/minutes/approval", "post " + meeting + "/minutes/publication",
                "post " + meeting + "/minutes/amendments", "post " + meeting + "/minutes/amendments/{amendmentId}/approval");
        for (String operation : operations) {
            String[] methodAndPath = operation.split(" ");
            JsonNode described = paths.path(methodAndPath[1]).path(methodAndPath[0]);
            assertThat(described.path("summary").asText()).as(operation).isNotBlank();
            assertThat(described.path("tags").get(0).asText()).as(operation)
                    .isIn("Réunions", "Ordre du jour", "Réunions en cours", "Comptes rendus");
        }
    }

    private static String actorOf(Document event) {
        return event.get("metaData", Document.class).getString("actorId");
    }
}
