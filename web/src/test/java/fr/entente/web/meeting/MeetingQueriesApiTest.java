package fr.entente.web.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.meeting.api.AddAgendaItemCommand;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.RecordActionItemCommand;
import fr.entente.meeting.api.RecordAttendanceCommand;
import fr.entente.meeting.api.StartMeetingCommand;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static fr.entente.web.meeting.MeetingsOfTheWorld.awaitMeeting;
import static fr.entente.web.meeting.MeetingsOfTheWorld.schedule;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.CODIR;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static fr.entente.web.testing.ApiWorld.REFERENT_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings' GET API through the running hub: the technical committee's member sees its meetings, with the names
 * of the people and organisations they name; the cooperation's administrator (who does not sit in it), the CNFPT's
 * person (not named to it) and Bretagne's administrator get 404, as for a meeting that does not exist.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingQueriesApiTest {

    private static final String SEPTEMBER = "mq-codir-2026-09-08";
    private static final String JUNE_AFTERNOON = "mq-codir-2026-06-09-pm";
    private static final String JUNE_MORNING = "mq-codir-2026-06-09-am";
    private static final String MEETINGS = "/api/cooperations/" + HDF + "/meetings/";
    private static final String CODIR_MEETINGS = "/api/cooperations/" + HDF + "/bodies/" + CODIR + "/meetings";

    @BeforeAll
    static void scheduleTheTechnicalCommitteesMeetings(ApiWorld world) {
        schedule(world, HDF, CODIR, SEPTEMBER, "Comité de rentrée", LocalDate.of(2026, 9, 8), LocalTime.of(9, 30), "Lille", null);
        schedule(world, HDF, CODIR, JUNE_AFTERNOON, "Comité de juin (suite)", LocalDate.of(2026, 6, 9), LocalTime.of(14, 0),
                 null, "https://visio.example/codir");
        schedule(world, HDF, CODIR, JUNE_MORNING, "Comité de juin", LocalDate.of(2026, 6, 9), LocalTime.of(9, 0), "Beauvais",
                 null);
        world.asSystem(HDF, new AddAgendaItemCommand(JUNE_MORNING, "budget", "Budget 2027", AgendaItemPurpose.DECISION, null, 30));
        world.asSystem(HDF, new StartMeetingCommand(JUNE_MORNING));
        world.asSystem(HDF, new RecordAttendanceCommand(JUNE_MORNING, MEMBER_HDF.personId(), AttendanceStatus.PRESENT, null));
        world.asSystem(HDF, new RecordAttendanceCommand(JUNE_MORNING, REFERENT_HDF, AttendanceStatus.REPRESENTED,
                                                        MEMBER_HDF.personId()));
        world.asSystem(HDF, new RecordActionItemCommand(JUNE_MORNING, "envoi", "budget", "Envoyer le budget aux centres",
                                                        "cdg-60", null, LocalDate.of(2026, 7, 1)));
        awaitMeeting(world, JUNE_MORNING, meeting -> !meeting.actions().isEmpty());
        awaitMeeting(world, SEPTEMBER, meeting -> true);
        awaitMeeting(world, JUNE_AFTERNOON, meeting -> true);
    }

    @Test
    void aMemberOfTheBodySeesTheMeetingWithTheNamesOfThePeopleAndOrganisations(ApiWorld world) {
        Response response = world.signedIn(MEMBER_HDF).get(MEETINGS + JUNE_MORNING);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode meeting = response.json();
        assertThat(meeting.path("meetingId").asText()).isEqualTo(JUNE_MORNING);
        assertThat(meeting.path("cooperationId").asText()).isEqualTo(HDF);
        assertThat(meeting.path("bodyId").asText()).isEqualTo(CODIR);
        assertThat(meeting.path("status").asText()).isEqualTo("LIVE");
        assertThat(meeting.path("date").asText()).isEqualTo("2026-06-09");
        assertThat(meeting.path("startTime").asText()).startsWith("09:00");
        assertThat(meeting.path("items").get(0).path("title").asText()).isEqualTo("Budget 2027");
        assertThat(meeting.path("attendance")).hasSize(2);
        assertThat(meeting.path("actions").get(0).path("ownerOrganisationId").asText()).isEqualTo("cdg-60");
        assertThat(meeting.path("minutes").path("status").asText()).isEqualTo("NONE");
        assertThat(meeting.path("people").path(MEMBER_HDF.personId()).asText()).isEqualTo("Marc Petit");
        assertThat(meeting.path("people").has(REFERENT_HDF)).as("a person without an account is named, by no name").isTrue();
        assertThat(meeting.path("people").path(REFERENT_HDF).isNull()).isTrue();
        assertThat(meeting.path("organisations").path("cdg-60").asText()).isEqualTo("CDG de l'Oise");
        assertThat(meeting.has("meeting")).as("the view's fields are at the top level").isFalse();
    }

    static Stream<Person> peopleOutsideTheBody() {
        return Stream.of(ADMIN_HDF, PARTNER_HDF, ADMIN_BZH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("peopleOutsideTheBody")
    void anyoneWhoDoesNotSitInTheBodyIsToldItsMeetingsDoNotExist(Person person, ApiWorld world) {
        var api = world.signedIn(person);

        for (Response response : List.of(api.get(MEETINGS + JUNE_MORNING), api.get(CODIR_MEETINGS),
                                         api.get(MEETINGS + JUNE_MORNING + "/calendar.ics"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.isProblem()).as(response.toString()).isTrue();
            assertThat(response.json().path("code").asText()).isEqualTo("meeting.not-found");
        }
    }

    @Test
    void aMeetingAskedForUnderAnotherCooperationOrThatDoesNotExistIsNotFound(ApiWorld world) {
        var member = world.signedIn(MEMBER_HDF);

        assertThat(member.get(MEETINGS + "no-such-meeting").status()).isEqualTo(404);
        assertThat(world.signedIn(ADMIN_BZH).get("/api/cooperations/" + BZH + "/meetings/" + JUNE_MORNING).status())
                .isEqualTo(404);
        assertThat(member.get("/api/cooperations/" + HDF + "/bodies/no-such-body/meetings").status()).isEqualTo(404);
    }

    @Test
    void aBodysMeetingsComeByDateThenStartTime(ApiWorld world) {
        Response response = world.signedIn(MEMBER_HDF).get(CODIR_MEETINGS);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> ours = new ArrayList<>();
        List<String> moments = new ArrayList<>();
        for (JsonNode meeting : response.json()) {
            assertThat(meeting.path("bodyId").asText()).isEqualTo(CODIR);
            moments.add(meeting.path("date").asText() + "T" + meeting.path("startTime").asText());
            if (meeting.path("meetingId").asText().startsWith("mq-")) {
                ours.add(meeting.path("meetingId").asText());
            }
        }
        assertThat(ours).containsExactly(JUNE_MORNING, JUNE_AFTERNOON, SEPTEMBER);
        assertThat(moments).isSorted();
        JsonNode first = response.json().get(0);
        assertThat(first.has("minutesStatus")).isTrue();
        assertThat(first.has("sequence")).isTrue();
    }
}
