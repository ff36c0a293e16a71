package fr.entente.web.roadmap;

import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.roadmap.api.RoadmapRoster;
import fr.entente.web.decision.CommitteeAtWork;
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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what to a roadmap, as a table of roles × the roadmaps' actions through the API, on a roadmap just
 * proposed: a referent of the working group proposes and reads; its officer (or an administrator) runs it; a director
 * of CDG 59 reads it, and as a person of the lead centre of an action may report its progress once it is validated; a
 * partner's person and anyone of another cooperation get 404. A refusal (403, 404) writes nothing; "allowed" means
 * past the person's checks (the roadmap's stage may still say no).
 */
@ExtendWith(SharedApiWorld.class)
class RoadmapAccessTest {

    enum Role {
        REFERENT(new Person("person-colleague-60-ct", "collegue60.ct")), OFFICER(new Person("person-officer-ct", "officier.ct")),
        DIRECTOR(new Person("person-director-59-ct", "directeur59.ct")), ADMINISTRATOR(ADMIN_HDF), PARTNER(PARTNER_HDF),
        OTHER_COOPERATION(ADMIN_BZH);

        final Person person;

        Role(Person person) {
            this.person = person;
        }
    }

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
    private static final String API = "/api/cooperations/" + HDF + "/roadmaps";
    private static final String WORKING_GROUP = "gt-feuille-de-route-acces";
    private static final String ROADMAP = """
            {"year":2028,"axes":[{"title":"Axe","actions":[{"title":"Action du Nord","leadCentre":"cdg-59"}]}]}""";
    private static final Set<ApiWorld> SEATED = Collections.newSetFromMap(new IdentityHashMap<>());

    static Stream<Arguments> table() {
        List<Object[]> rows = List.of(
                row("list", (client, roadmap) -> client.get(API), A, A, A, A, N, N),
                row("read", (client, roadmap) -> client.get(roadmap), A, A, A, A, N, N),
                row("pdf", (client, roadmap) -> client.getPage(roadmap.replace("/api", "").replace("/roadmaps/", "/feuilles-de-route/")
                                                               + "/feuille-de-route.pdf"), A, A, A, A, N, N),
                row("page", (client, roadmap) -> client.getPage(roadmap.replace("/api", "").replace("/roadmaps/", "/feuilles-de-route/")),
                    A, A, A, A, N, N),
                row("propose", (client, roadmap) -> client.post(API, ROADMAP), A, A, F, A, F, N),
                row("submit", (client, roadmap) -> client.post(roadmap + "/validation", "{\"bodyId\":\"ct-decisions\",\"deadline\":\""
                        + Instant.now().plus(Duration.ofHours(2)) + "\"}"), F, A, F, A, N, N),
                row("progress", (client, roadmap) -> client.post(roadmap + "/progress",
                        "{\"actionId\":\"action-1-1\",\"percent\":10,\"text\":\"Avancé\"}"), F, A, A, A, N, N),
                row("link a study", (client, roadmap) -> client.post(roadmap + "/studies",
                        "{\"actionId\":\"action-1-1\",\"studyId\":\"etude-inconnue\"}"), F, A, F, A, N, N),
                row("evaluate", (client, roadmap) -> client.post(roadmap + "/evaluation", "{\"evaluation\":\"Bilan\"}"),
                    F, A, F, A, N, N));
        List<Arguments> cases = new ArrayList<>();
        for (Object[] row : rows) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(row[0], role, ((Expect[]) row[1])[role.ordinal()]));
            }
        }
        return cases.stream();
    }

    private ApiWorld world;

    @BeforeEach
    void seat(ApiWorld world) {
        this.world = world;
        synchronized (SEATED) {
            if (SEATED.add(world)) {
                CommitteeAtWork.seat(world);
                world.asSystem(HDF, new CreateBodyCommand(HDF, WORKING_GROUP, BodyKind.WORKING_GROUP, "Groupe de travail (accès)"));
                world.asSystem(HDF, new AddBodyMemberCommand(HDF, WORKING_GROUP, Role.OFFICER.person.personId(), BodyRole.OFFICER));
                world.asSystem(HDF, new AddBodyMemberCommand(HDF, WORKING_GROUP, Role.REFERENT.person.personId(), BodyRole.MEMBER));
                RoadmapRoster roster = world.bean(RoadmapRoster.class);
                eventually(() -> Optional.of(roster.managesRoadmaps(HDF, Role.OFFICER.person.personId())
                                             && roster.sitsInWorkingGroup(HDF, Role.REFERENT.person.personId())).filter(seated -> seated));
            }
        }
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("table")
    void eachRoleMayDoWhatTheTableSays(Action action, Role role, Expect expected) {
        ApiClient referent = world.signedIn(Role.REFERENT.person);
        Response proposed = referent.post(API, ROADMAP);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        String roadmap = API + "/" + proposed.json().path("roadmapId").asText();
        eventually(() -> Optional.of(referent.get(roadmap)).filter(response -> response.status() == 200));
        ApiClient client = world.signedIn(role.person);
        long before = world.eventCount();

        Response response = action.call().apply(client, roadmap);

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
