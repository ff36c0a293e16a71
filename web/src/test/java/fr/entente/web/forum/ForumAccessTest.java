package fr.entente.web.forum;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static fr.entente.web.forum.ForumCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.BZH;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum's access table through the REST API: every endpoint of a space and its threads answers 404, nothing
 * stored, to whoever is not a member of the space (a person of the cooperation outside it, its administrator, a
 * person of another cooperation through either cooperation's address), exactly as for one that does not exist; and
 * within the space, a member is refused the moderators' acts (403) that a moderator does.
 */
@ExtendWith(SharedApiWorld.class)
class ForumAccessTest {

    enum Outsider {
        PERSON_OF_THE_COOPERATION_OUTSIDE_THE_SPACE(MEMBER_HDF, HDF, "forum.not-found"),
        ADMINISTRATOR_OUTSIDE_THE_SPACE(ADMIN_HDF, HDF, "forum.not-found"),
        PERSON_OF_ANOTHER_COOPERATION(ADMIN_BZH, HDF, "cooperation.not-found"),
        PERSON_OF_ANOTHER_COOPERATION_FROM_THEIR_OWN(ADMIN_BZH, BZH, "forum.not-found");

        final Person person;
        final String cooperationId;
        final String code;

        Outsider(Person person, String cooperationId, String code) {
            this.person = person;
            this.cooperationId = cooperationId;
            this.code = code;
        }
    }

    record Target(String cooperation, String thread, String post) {
        String forum() {
            return "/api/cooperations/" + cooperation + "/forum";
        }

        String threadPath() {
            return forum() + "/threads/" + thread;
        }
    }

    record Endpoint(String name, BiFunction<ApiClient, Target, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<Outsider, ApiClient> CLIENTS = new EnumMap<>(Outsider.class);
    private static String threadId;
    private static String postId;
    private static ApiWorld startedIn;

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET space", (api, t) -> api.get(t.forum() + "/spaces/" + SPACE)),
                new Endpoint("POST thread", (api, t) -> api.post(t.forum() + "/spaces/" + SPACE + "/threads",
                                                                 json("title", "Intrus", "text", "Bonjour"))),
                new Endpoint("GET thread", (api, t) -> api.get(t.threadPath())),
                new Endpoint("POST post", (api, t) -> api.post(t.threadPath() + "/posts", json("text", "Bonjour"))),
                new Endpoint("PUT post", (api, t) -> api.put(t.threadPath() + "/posts/" + t.post(), json("text", "Changé"))),
                new Endpoint("DELETE post", (api, t) -> api.delete(t.threadPath() + "/posts/" + t.post())),
                new Endpoint("PUT reaction", (api, t) -> api.put(t.threadPath() + "/posts/" + t.post() + "/reactions/LIKE", "")),
                new Endpoint("DELETE reaction", (api, t) -> api.delete(t.threadPath() + "/posts/" + t.post() + "/reactions/LIKE")),
                new Endpoint("PUT pinned", (api, t) -> api.put(t.threadPath() + "/pinned", "{\"pinned\":true}")),
                new Endpoint("PUT locked", (api, t) -> api.put(t.threadPath() + "/locked", "{\"locked\":true}")),
                new Endpoint("PUT space", (api, t) -> api.put(t.threadPath() + "/space", "{\"toSpaceId\":\"ailleurs\"}")),
                new Endpoint("DELETE member", (api, t) -> api.delete(t.forum() + "/spaces/" + SPACE + "/members/"
                                                                     + REFERENT_A.personId())));
    }

    static Stream<Arguments> outsidersTimesEndpoints() {
        return endpoints().flatMap(endpoint -> Arrays.stream(Outsider.values()).map(outsider -> Arguments.of(outsider, endpoint)));
    }

    @BeforeEach
    void startTheThread(ApiWorld world) {
        ForumCorner.seat(world);
        if (startedIn != world) {
            ApiClient author = world.signedIn(REFERENT_A);
            threadId = startThread(author, "Discussion que seuls les membres voient", "Texte réservé au groupe.");
            postId = threadWhen(author, threadId, thread -> true).path("posts").get(0).path("postId").asText();
            startedIn = world;
        }
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("outsidersTimesEndpoints")
    void answers404AndStoresNothing(Outsider outsider, Endpoint endpoint, ApiWorld world) {
        ApiClient client = CLIENTS.computeIfAbsent(outsider, signingIn -> world.signedIn(signingIn.person));
        long before = world.eventCount();

        Response response = endpoint.call().apply(client, new Target(outsider.cooperationId, threadId, postId));

        refused(world, before, response, 404, outsider.code);
        assertThat(response.body()).doesNotContain("Texte réservé", "Arnaud");
    }

    @Test
    void theSpacesListShowsNothingOfASpaceOneIsNotIn(ApiWorld world) {
        Response spaces = world.signedIn(MEMBER_HDF).get("/api/cooperations/" + HDF + "/forum/spaces");

        assertThat(spaces.status()).isEqualTo(200);
        assertThat(spaces.body()).doesNotContain(SPACE);
    }

    @ParameterizedTest(name = "a member × {0}")
    @MethodSource("moderatorsActs")
    void aMemberIsRefusedWhatAModeratorDoes(String name, String path, String body, ApiWorld world) {
        ApiClient member = world.signedIn(REFERENT_B);
        long before = world.eventCount();

        refused(world, before, member.put(F + "/threads/" + threadId + path, body), 403, "forum.moderator-required-to-act");
    }

    static Stream<Arguments> moderatorsActs() {
        return Stream.of(Arguments.of("pin", "/pinned", "{\"pinned\":true}"),
                         Arguments.of("lock", "/locked", "{\"locked\":true}"),
                         Arguments.of("move", "/space", "{\"toSpaceId\":\"ailleurs\"}"));
    }

    @Test
    void nobodySeatsAnyoneInABodysSpaceByHand(ApiWorld world) {
        long before = world.eventCount();

        refused(world, before, world.signedIn(OFFICER).post(F + "/spaces/" + SPACE + "/members",
                                                            "{\"personId\":\"" + MEMBER_HDF.personId() + "\",\"role\":\"MEMBER\"}"),
                403, "forum.space-follows-body-roster");
    }
}
