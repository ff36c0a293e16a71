package fr.entente.web.meeting;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static fr.entente.web.meeting.WorkingGroupMeetings.BODY;
import static fr.entente.web.meeting.WorkingGroupMeetings.MEMBER_59;
import static fr.entente.web.meeting.WorkingGroupMeetings.OFFICER;
import static fr.entente.web.meeting.WorkingGroupMeetings.refused;
import static fr.entente.web.meeting.WorkingGroupMeetings.schedule;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;

/**
 * Every meeting endpoint answers 404, with nothing stored, to whoever may not see the meeting: a person of the
 * cooperation who does not sit in the body, a person of another cooperation (through Hauts-de-France's address,
 * or through their own cooperation's with Hauts-de-France's ids), and anyone for a meeting or body that does not
 * exist. The answers are the same, so that nobody learns what other bodies hold.
 */
@ExtendWith(SharedApiWorld.class)
class MeetingAccessTest {

    /** Who asks, where, about what; and the code of the 404 they get. */
    enum Outsider {
        PERSON_OF_THE_COOPERATION_NOT_IN_THE_BODY(MEMBER_HDF, HDF, false, "meeting.not-found"),
        PERSON_OF_ANOTHER_COOPERATION(ADMIN_BZH, HDF, false, "cooperation.not-found"),
        PERSON_OF_ANOTHER_COOPERATION_FROM_THEIR_OWN(ADMIN_BZH, BZH, false, "meeting.not-found"),
        OFFICER_ON_A_MEETING_THAT_DOES_NOT_EXIST(OFFICER, HDF, true, "meeting.not-found");

        final Person person;
        final String cooperationId;
        final boolean unknownTarget;
        final String code;

        Outsider(Person person, String cooperationId, boolean unknownTarget, String code) {
            this.person = person;
            this.cooperationId = cooperationId;
            this.unknownTarget = unknownTarget;
            this.code = code;
        }
    }

    /** Where a call goes: the cooperation's address, a body and a meeting. */
    record Target(String cooperation, String body, String meeting) {
        String bodyPath() {
            return "/api/cooperations/" + cooperation + "/bodies/" + body;
        }

        String meetingPath() {
            return "/api/cooperations/" + cooperation + "/meetings/" + meeting;
        }
    }

    record Endpoint(String name, BiFunction<ApiClient, Target, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String MEETING_BODY = """
            {"title":"Réunion","date":"2027-12-01","startTime":"14:00","endTime":"15:00","place":"Lille"}""";
    private static final String APPROVAL = "{\"mode\":\"CONVENOR\"}";
    private static final Map<Outsider, ApiClient> CLIENTS = new EnumMap<>(Outsider.class);
    private static String meetingId;
    private static ApiWorld scheduledIn;

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST meetings", (api, t) -> api.post(t.bodyPath() + "/meetings", MEETING_BODY)),
                new Endpoint("POST meeting-series", (api, t) -> api.post(t.bodyPath() + "/meeting-series", """
                        {"title":"GT","recurrence":{"frequency":"MONTHLY","ordinal":1,"dayOfWeek":"MONDAY"},
                         "firstDate":"2030-01-01","lastDate":"2030-03-31","startTime":"09:00","endTime":"10:00",
                         "place":"Lille"}""")),
                new Endpoint("PUT schedule", (api, t) -> api.put(t.meetingPath() + "/schedule", """
                        {"date":"2027-12-02","startTime":"14:00","endTime":"15:00","place":"Lille"}""")),
                new Endpoint("POST cancellation", (api, t) -> api.post(t.meetingPath() + "/cancellation",
                        "{\"reason\":\"Plus de salle.\"}")),
                new Endpoint("PUT agenda deadline", (api, t) -> api.put(t.meetingPath() + "/agenda/deadline",
                        "{\"deadline\":\"2027-11-25T18:00:00Z\"}")),
                new Endpoint("POST agenda request", (api, t) -> api.post(t.meetingPath() + "/agenda/requests",
                        "{\"title\":\"Un point\",\"purpose\":\"INFORMATION\"}")),
                new Endpoint("POST request decline", (api, t) -> api.post(t.meetingPath() + "/agenda/requests/r-1/decline",
                        "{\"reason\":\"Hors sujet.\"}")),
                new Endpoint("POST items from requests", (api, t) -> api.post(t.meetingPath()
                        + "/agenda/items/from-requests", "{\"requestIds\":[\"r-1\"]}")),
                new Endpoint("POST agenda item", (api, t) -> api.post(t.meetingPath() + "/agenda/items",
                        "{\"title\":\"Un point\",\"purpose\":\"INFORMATION\"}")),
                new Endpoint("DELETE agenda item", (api, t) -> api.delete(t.meetingPath() + "/agenda/items/i-1?reason=Retir%C3%A9")),
                new Endpoint("PUT agenda order", (api, t) -> api.put(t.meetingPath() + "/agenda/order",
                        "{\"itemIds\":[\"i-1\"]}")),
                new Endpoint("POST agenda publication", (api, t) -> api.post(t.meetingPath() + "/agenda/publication", "")),
                new Endpoint("POST start", (api, t) -> api.post(t.meetingPath() + "/start", "")),
                new Endpoint("POST end", (api, t) -> api.post(t.meetingPath() + "/end", "")),
                new Endpoint("PUT attendance", (api, t) -> api.put(t.meetingPath() + "/attendance/" + MEMBER_59.personId(),
                        "{\"status\":\"PRESENT\"}")),
                new Endpoint("PUT current item", (api, t) -> api.put(t.meetingPath() + "/current-item",
                        "{\"itemId\":\"i-1\"}")),
                new Endpoint("PUT notes", (api, t) -> api.put(t.meetingPath() + "/notes/b-1",
                        "{\"itemId\":\"i-1\",\"text\":\"Notes\"}")),
                new Endpoint("POST proposal", (api, t) -> api.post(t.meetingPath() + "/proposals",
                        "{\"itemId\":\"i-1\",\"proposedByOrganisationId\":\"cdg-59\",\"text\":\"Adopter\",\"outcome\":\"ADOPTED\"}")),
                new Endpoint("PUT proposal outcome", (api, t) -> api.put(t.meetingPath() + "/proposals/p-1/outcome",
                        "{\"outcome\":\"REJECTED\"}")),
                new Endpoint("POST action", (api, t) -> api.post(t.meetingPath() + "/actions",
                        "{\"itemId\":\"i-1\",\"what\":\"Chiffrer\",\"ownerOrganisationId\":\"cdg-59\",\"dueDate\":\"2028-01-31\"}")),
                new Endpoint("POST minutes", (api, t) -> api.post(t.meetingPath() + "/minutes", "")),
                new Endpoint("PUT minutes", (api, t) -> api.put(t.meetingPath() + "/minutes",
                        "{\"baseVersion\":1,\"text\":\"Compte rendu\"}")),
                new Endpoint("POST minutes submission", (api, t) -> api.post(t.meetingPath() + "/minutes/submission", "")),
                new Endpoint("POST minutes approval", (api, t) -> api.post(t.meetingPath() + "/minutes/approval", APPROVAL)),
                new Endpoint("POST minutes publication", (api, t) -> api.post(t.meetingPath() + "/minutes/publication", "")),
                new Endpoint("POST amendment", (api, t) -> api.post(t.meetingPath() + "/minutes/amendments",
                        "{\"text\":\"Rectificatif\"}")),
                new Endpoint("POST amendment approval", (api, t) -> api.post(t.meetingPath()
                        + "/minutes/amendments/a-1/approval", APPROVAL)));
    }

    static Stream<Arguments> outsidersTimesEndpoints() {
        return endpoints().flatMap(endpoint -> Arrays.stream(Outsider.values())
                                                     .map(outsider -> Arguments.of(outsider, endpoint)));
    }

    @BeforeEach
    void scheduleTheMeeting(ApiWorld world) {
        WorkingGroupMeetings.seat(world);
        if (scheduledIn != world) {
            meetingId = schedule(world.signedIn(OFFICER), "Groupe de travail que seuls ses membres voient");
            scheduledIn = world;
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("outsidersTimesEndpoints")
    void answers404AndStoresNothing(Outsider outsider, Endpoint endpoint, ApiWorld world) {
        ApiClient client = CLIENTS.computeIfAbsent(outsider, signingIn -> world.signedIn(signingIn.person));
        Target target = outsider.unknownTarget ? new Target(outsider.cooperationId, "no-such-body", "no-such-meeting")
                                               : new Target(outsider.cooperationId, BODY, meetingId);
        long eventsBefore = world.eventCount();

        refused(world, eventsBefore, endpoint.call().apply(client, target), 404, outsider.code);
    }
}
