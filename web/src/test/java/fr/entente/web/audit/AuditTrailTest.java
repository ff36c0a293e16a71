package fr.entente.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.meeting.api.ScheduleMeetingCommand;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.CODIR;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail through the running hub: a scripted meeting of a working group (a member requests an item, the
 * officer makes it an item, opens the meeting and records a proposal on it) reads back as sentences naming who did
 * what, for which centre, on which meeting; the proposal's "why" goes back through the item to the request; filters by
 * body, meeting, person, centre, kind, date and words; pages that follow each other without a gap or a repeat; CSV and
 * JSON exports; the directors and administrators only; the meeting page's "Historique" for them only.
 */
@ExtendWith(SharedApiWorld.class)
class AuditTrailTest {

    private static final String BODY = "gt-journal";
    private static final String TRAIL = "/api/cooperations/" + HDF + "/audit/trail";
    private static final ApiWorld.Person OFFICER = new ApiWorld.Person("person-officer-journal", "officier.journal");
    private static final ApiWorld.Person MEMBER = new ApiWorld.Person("person-member-journal", "membre.journal");
    private static String meetingId;
    private static String requestId;

    @BeforeAll
    static void aMeetingWithARequestAnItemAndAProposal(ApiWorld world) {
        world.asSystem(HDF, new CreateBodyCommand(HDF, BODY, BodyKind.WORKING_GROUP, "Groupe de travail journal"));
        seat(world, OFFICER, "cdg-59", BodyRole.OFFICER, "Odile Journal");
        seat(world, MEMBER, "cdg-60", BodyRole.MEMBER, "Marc Journal");
        ApiClient officer = world.signedIn(OFFICER);
        Response scheduled = officer.post("/api/cooperations/" + HDF + "/bodies/" + BODY + "/meetings", """
                {"title":"Réunion du journal","date":"%s","startTime":"14:00","endTime":"16:00","place":"Arras"}"""
                .formatted(LocalDate.now().plusDays(20)));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        meetingId = scheduled.json().path("meetingId").asText();
        String meeting = "/api/cooperations/" + HDF + "/meetings/" + meetingId;
        requestId = created(world.signedIn(MEMBER).post(meeting + "/agenda/requests",
                "{\"title\":\"Enquête sur l'absentéisme\",\"purpose\":\"DECISION\"}")).path("requestId").asText();
        created(officer.post(meeting + "/agenda/items/from-requests", "{\"itemId\":\"i-absenteisme\",\"requestIds\":[\"" + requestId + "\"]}"));
        assertThat(officer.post(meeting + "/start", "").status()).isEqualTo(204);
        created(officer.post(meeting + "/proposals", """
                {"itemId":"i-absenteisme","proposedByOrganisationId":"cdg-60","text":"Lancer l'enquête en mars.","outcome":"ADOPTED"}"""));
        ApiClient director = world.signedIn(MEMBER_HDF);
        eventually(() -> Optional.of(director.get(TRAIL + "?meeting=" + meetingId).json())
                                 .filter(page -> page.path("acts").size() == 5));
    }

    @Test
    void theMeetingReadsBackAsSentencesAndTheProposalsWhyGoesBackToTheRequest(ApiWorld world) {
        ApiClient director = world.signedIn(MEMBER_HDF);
        JsonNode acts = director.get(TRAIL + "?meeting=" + meetingId).json().path("acts");
        List<String> sentences = new ArrayList<>();
        acts.forEach(act -> sentences.add(act.path("sentence").asText()));
        assertThat(sentences).containsExactly(
                "Odile Journal a consigné la proposition « Lancer l'enquête en mars. » de CDG de l'Oise à la réunion « Réunion du journal » : adoptée.",
                "Odile Journal a ouvert la réunion « Réunion du journal ».",
                "Odile Journal a retenu pour la réunion « Réunion du journal » le point « Enquête sur l'absentéisme » (pour décision).",
                "Marc Journal a demandé le point « Enquête sur l'absentéisme » (pour décision) pour la réunion « Réunion du journal ».",
                sentences.get(4));
        assertThat(sentences.get(4)).startsWith("Odile Journal a programmé la réunion « Réunion du journal » de l'instance « Groupe de travail journal » le ");
        assertThat(acts.get(3).path("organisationName").asText()).isEqualTo("CDG de l'Oise");
        assertThat(acts.get(0).path("bodyId").asText()).isEqualTo(BODY);

        long proposal = acts.get(0).path("position").asLong();
        JsonNode why = director.get(TRAIL + "/" + proposal).json();
        List<Long> causes = new ArrayList<>();
        why.path("causes").forEach(cause -> causes.add(cause.path("position").asLong()));
        assertThat(causes).as("the item, then the request it was made from, oldest first")
                          .containsExactly(acts.get(3).path("position").asLong(), acts.get(2).path("position").asLong());

        JsonNode english = ApiClient.signedIn(world.port(), MEMBER_HDF.username(), PASSWORD).get(TRAIL + "?meeting=" + meetingId + "&lang=en").json();
        assertThat(english.path("acts").get(1).path("sentence").asText()).isEqualTo("Odile Journal opened the meeting \"Réunion du journal\".");
    }

    @Test
    void filtersNarrowTheTrailAndPagesFollowEachOtherWithoutAGapOrARepeat(ApiWorld world) {
        ApiClient administrator = world.signedIn(ADMIN_HDF);
        assertThat(positions(administrator, "?person=" + MEMBER.personId())).hasSize(1);
        assertThat(positions(administrator, "?body=" + BODY + "&kind=meeting")).hasSize(5);
        assertThat(positions(administrator, "?body=" + BODY + "&kind=cooperation")).as("the body's creation and its two seats").hasSize(3);
        assertThat(positions(administrator, "?organisation=cdg-60&meeting=" + meetingId)).hasSize(1);
        assertThat(positions(administrator, "?subject=" + meetingId)).as("the acts of the meeting's aggregate, as its page's Historique asks")
                                                                     .containsExactlyElementsOf(positions(administrator, "?meeting=" + meetingId));
        assertThat(positions(administrator, "?subject=" + meetingId + "&person=" + MEMBER.personId())).hasSize(1);
        assertThat(positions(administrator, "?meeting=" + meetingId + "&q=ABSENTÉISME")).hasSize(2);
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        assertThat(positions(administrator, "?meeting=" + meetingId + "&from=" + today + "&to=" + today)).hasSize(5);
        assertThat(positions(administrator, "?meeting=" + meetingId + "&to=2020-01-01")).isEmpty();
        Response refused = administrator.get(TRAIL + "?from=hier");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asText()).isEqualTo("from");

        List<Long> whole = positions(administrator, "?limit=200");
        List<Long> paged = new ArrayList<>();
        String next = "?limit=7";
        for (int page = 0; page < 200 && next != null; page++) {
            JsonNode answer = administrator.get(TRAIL + next).json();
            answer.path("acts").forEach(act -> paged.add(act.path("position").asLong()));
            next = answer.path("nextBefore").isNull() || answer.path("nextBefore").isMissingNode() ? null
                    : "?limit=7&before=" + answer.path("nextBefore").asLong();
        }
        assertThat(new HashSet<>(paged)).as("no repeat").hasSize(paged.size());
        assertThat(paged.subList(0, Math.min(paged.size(), whole.size()))).containsExactlyElementsOf(whole.subList(0, Math.min(paged.size(), whole.size())));
        assertThat(paged).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void theExportsGiveWhatTheFiltersGive(ApiWorld world) throws IOException {
        ApiClient director = world.signedIn(MEMBER_HDF);
        Response csv = director.get(TRAIL + "/export.csv?meeting=" + meetingId);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                                                .parse(new StringReader(csv.body().replace("\uFEFF", ""))).getRecords();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("sentence")).contains("Lancer l'enquête en mars.");
        assertThat(rows.get(3).get("actor")).isEqualTo("Marc Journal");
        JsonNode json = director.get(TRAIL + "/export.json?meeting=" + meetingId).json();
        assertThat(json.size()).isEqualTo(5);
        assertThat(json.get(0).path("type").asText()).isEqualTo("ProposalRecordedEvent");
    }

    @Test
    void theDirectorsAndAdministratorsOnlyAndTheMeetingPagesHistoryForThemOnly(ApiWorld world) {
        Response referent = world.signedIn(MEMBER).get(TRAIL);
        assertThat(referent.status()).isEqualTo(403);
        assertThat(referent.json().path("code").asText()).isEqualTo("audit.directors-only");
        assertThat(world.signedIn(MEMBER).get(TRAIL + "/export.csv").status()).isEqualTo(403);
        assertThat(world.signedIn(ADMIN_BZH).get(TRAIL).status()).isEqualTo(404);
        assertThat(world.signedIn(ADMIN_BZH).getPage("/cooperations/" + HDF + "/journal").status()).isEqualTo(404);
        assertThat(world.signedIn(MEMBER_HDF).get(TRAIL + "/999999999").status()).isEqualTo(404);

        String page = world.signedIn(MEMBER_HDF).getPage("/cooperations/" + HDF + "/journal?meeting=" + meetingId).body();
        assertThat(page).contains("Journal d’audit", "Marc Journal a demandé le point", "pourquoi ?", "Exporter ces actes en CSV");
        String meetingPage = "/cooperations/" + HDF + "/reunions/" + meetingId;
        assertThat(world.signedIn(OFFICER).getPage(meetingPage).body()).as("an officer of a working group is not a director")
                                                                        .doesNotContain("Historique");
        world.asSystem(HDF, new ScheduleMeetingCommand("journal-codir", HDF, CODIR, "Comité du journal", LocalDate.now().plusDays(30),
                                                       LocalTime.of(9, 30), LocalTime.of(11, 30), "Lille", null));
        ApiClient director = world.signedIn(MEMBER_HDF);
        String codirPage = eventually(() -> Optional.of(director.getPage("/cooperations/" + HDF + "/reunions/journal-codir"))
                                                    .filter(response -> response.status() == 200).map(Response::body));
        assertThat(codirPage).as("a director of the technical committee on its meeting's page")
                             .contains("Historique", "/cooperations/" + HDF + "/journal?meeting=journal-codir");
    }

    private static List<Long> positions(ApiClient client, String query) {
        Response response = client.get(TRAIL + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> positions = new ArrayList<>();
        response.json().path("acts").forEach(act -> positions.add(act.path("position").asLong()));
        return positions;
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static void seat(ApiWorld world, ApiWorld.Person person, String organisationId, BodyRole role, String name) {
        world.asSystem(HDF, new RegisterPersonCommand(HDF, person.personId(), organisationId));
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, person.personId(), role));
        world.bean(PersonAccounts.class).createActiveAccount(person.personId(), person.username(), name,
                                                             person.username() + "@example.fr", PASSWORD);
        eventually(() -> world.membership(HDF, person.personId()).filter(membership -> !membership.bodies().isEmpty()));
    }
}
