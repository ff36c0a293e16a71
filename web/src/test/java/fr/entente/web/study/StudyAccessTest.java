package fr.entente.web.study;

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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static fr.entente.web.study.StudyCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what to a study, as a table of roles × the studies' actions, through the API on the running hub, on a
 * study just proposed: a referent of the working group proposes and follows; its officer (or an administrator)
 * conducts every step; a director of the technical committee follows and raises questions; a partner outside the
 * observatory's bodies, and anyone of another cooperation, is told the study does not exist (404). A person refused
 * (403, 404) changes nothing in the log; one allowed gets past the person's checks (the study's stage may still say
 * no: 409).
 */
@ExtendWith(SharedApiWorld.class)
class StudyAccessTest {

    enum Role {
        REFERENT(REFERENT_60), OFFICER(StudyCorner.OFFICER), DIRECTOR(DIRECTOR_59), ADMINISTRATOR(ADMIN_HDF),
        PARTNER(PARTNER_HDF), OTHER_COOPERATION(ADMIN_BZH);

        final Person person;

        Role(Person person) {
            this.person = person;
        }
    }

    /** What the table expects: allowed (past the person's checks), 403 or 404. */
    enum Expect { ALLOWED, FORBIDDEN, NOT_FOUND }

    record Action(String name, BiFunction<ApiClient, String, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Expect A = Expect.ALLOWED;
    private static final Expect F = Expect.FORBIDDEN;
    private static final Expect N = Expect.NOT_FOUND;

    private static final String SOURCES = "{\"title\":\"Étude d'accès\",\"question\":\"Qui ?\",\"dataSources\":[\"RSU\"]}";

    /** The table: one row per action; columns REFERENT, OFFICER, DIRECTOR, ADMINISTRATOR, PARTNER, OTHER_COOPERATION. */
    static Stream<Arguments> table() {
        List<Object[]> rows = List.of(
                row("list", (client, study) -> client.get(A_ + "/studies"), A, A, A, A, N, N),
                row("read", (client, study) -> client.get(study), A, A, A, A, N, N),
                row("sheet", (client, study) -> client.getPage(study.replace("/api", "").replace("/studies/", "/etudes/") + "/fiche.pdf"),
                    A, A, A, A, N, N),
                row("propose", (client, study) -> client.post(A_ + "/studies", SOURCES), A, A, F, A, F, N),
                row("submit", (client, study) -> client.post(study + "/validation", committee()), F, A, F, A, N, N),
                row("launch", (client, study) -> client.post(study + "/launch", "{\"leadCentre\":\"cdg-59\"}"), F, A, F, A, N, N),
                row("progress", (client, study) -> client.post(study + "/progress", "{\"text\":\"Avancé\"}"), F, A, F, A, N, N),
                row("folder", (client, study) -> client.post(study + "/folder", ""), F, A, F, A, N, N),
                row("results", (client, study) -> client.post(study + "/results", "{\"documentIds\":[\"d\"]}"), F, A, F, A, N, N),
                row("inform", (client, study) -> client.post(study + "/committee-information",
                        "{\"plannedAudiences\":[\"REGION\"],\"means\":\"Courriel\"}"), F, A, F, A, N, N),
                row("results to read", (client, study) -> client.post(study + "/results-to-read", "{\"bodyId\":\""
                        + COMMITTEE + "\",\"plannedAudiences\":[\"REGION\"],\"means\":\"Courriel\"}"), F, A, F, A, N, N),
                row("disseminate", (client, study) -> client.post(study + "/disseminations",
                        "{\"audience\":\"MEMBER_CENTRES\"}"), F, A, F, A, N, N),
                row("question", (client, study) -> client.post(study + "/questions", "{\"bodyId\":\"" + COMMITTEE
                        + "\",\"subject\":\"DISSEMINATION\",\"deadline\":\"" + Instant.now().plus(Duration.ofHours(2)) + "\"}"),
                    F, A, A, F, N, N));
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : rows) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(row[0], role, ((Expect[]) row[1])[role.ordinal()]));
            }
        }
        return cases.stream();
    }

    private static final String A_ = StudyCorner.A;

    private ApiWorld world;

    @BeforeEach
    void seat(ApiWorld world) {
        StudyCorner.seat(world);
        this.world = world;
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("table")
    void eachRoleMayDoWhatTheTableSays(Action action, Role role, Expect expected) {
        ApiClient referent = world.signedIn(REFERENT_60);
        Response proposed = referent.post(A_ + "/studies", SOURCES);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String studyId = proposed.json().path("studyId").asText();
        awaitStage(referent, studyId, "PROPOSED");
        String study = A_ + "/studies/" + studyId;
        ApiClient client = world.signedIn(role.person);
        long before = world.eventCount();

        Response response = action.call().apply(client, study);

        switch (expected) {
            case ALLOWED -> assertThat(response.status()).as(response.toString()).isNotIn(401, 403, 404).isLessThan(500);
            case FORBIDDEN -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(403);
                assertThat(world.eventCount()).as("events after a refusal").isEqualTo(before);
            }
            case NOT_FOUND -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(404);
                assertThat(world.eventCount()).as("events after a refusal").isEqualTo(before);
            }
        }
    }

    private static Object[] row(String name, BiFunction<ApiClient, String, Response> call, Expect... byRole) {
        return new Object[]{new Action(name, call), byRole};
    }
}
