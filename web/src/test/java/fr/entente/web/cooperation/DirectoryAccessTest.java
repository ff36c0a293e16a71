package fr.entente.web.cooperation;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static fr.entente.web.testing.ApiWorld.ADMIN_BZH;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.CODIR;
import static fr.entente.web.testing.ApiWorld.COPIL;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.LEAVER_HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.NEWCOMER_HDF;
import static fr.entente.web.testing.ApiWorld.PARTNER_HDF;
import static fr.entente.web.testing.ApiWorld.REFERENT_HDF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets what from every endpoint of a cooperation, through the running hub: its administrator, a member
 * without administration, a partner's person (the CNFPT is named to the steering committee, not to the technical
 * committee), and a person of another cooperation, who gets 404 everywhere, as for a cooperation that does not
 * exist. Nothing refused changes the log.
 */
@ExtendWith(SharedApiWorld.class)
class DirectoryAccessTest {

    enum Role {
        ADMINISTRATOR(ADMIN_HDF), MEMBER(MEMBER_HDF), PARTNER_NOT_NAMED_TO_CODIR(PARTNER_HDF), PERSON_OF_ANOTHER_COOPERATION(ADMIN_BZH);

        final Person person;

        Role(Person person) {
            this.person = person;
        }
    }

    /** An endpoint of Hauts-de-France, and the status each role of Hauts-de-France gets (the other cooperation's: 404). */
    record Endpoint(String name, Function<ApiClient, Response> call, int administrator, int member, int partner) {

        int expectedFor(Role role) {
            return switch (role) {
                case ADMINISTRATOR -> administrator;
                case MEMBER -> member;
                case PARTNER_NOT_NAMED_TO_CODIR -> partner;
                case PERSON_OF_ANOTHER_COOPERATION -> 404;
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String A = "/api/cooperations/" + HDF;
    private static final Map<Role, ApiClient> CLIENTS = new EnumMap<>(Role.class);

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET directory", api -> api.get(A), 200, 200, 200),
                new Endpoint("GET technical committee", api -> api.get(A + "/bodies/" + CODIR), 200, 200, 404),
                new Endpoint("GET steering committee", api -> api.get(A + "/bodies/" + COPIL), 200, 200, 200),
                new Endpoint("GET unknown body", api -> api.get(A + "/bodies/no-such-body"), 404, 404, 404),
                new Endpoint("POST centre", api -> api.post(A + "/centres",
                        "{\"departmentCode\":\"62\",\"name\":\"CDG du Pas-de-Calais\"}"), 201, 403, 403),
                new Endpoint("POST partner", api -> api.post(A + "/partners",
                        "{\"organisationId\":\"framel\",\"name\":\"FRAMEL\"}"), 201, 403, 403),
                new Endpoint("PUT coordinator", api -> api.put(A + "/coordinator", "{\"departmentCode\":\"59\"}"),
                        200, 403, 403),
                new Endpoint("POST body", api -> api.post(A + "/bodies",
                        "{\"kind\":\"WORKING_GROUP\",\"name\":\"Groupe de travail de l'observatoire\"}"), 201, 403, 403),
                new Endpoint("POST partner named to body", api -> api.post(A + "/bodies/" + CODIR + "/partners",
                        "{\"organisationId\":\"region-hdf\"}"), 200, 403, 403),
                new Endpoint("POST body member", api -> api.post(A + "/bodies/" + CODIR + "/members",
                        "{\"personId\":\"" + NEWCOMER_HDF + "\",\"role\":\"MEMBER\"}"), 201, 403, 403),
                new Endpoint("PUT body member's role", api -> api.put(A + "/bodies/" + CODIR + "/members/" + REFERENT_HDF
                        + "/role", "{\"role\":\"CONVENOR\"}"), 200, 403, 403),
                new Endpoint("DELETE body member", api -> api.delete(A + "/bodies/" + CODIR + "/members/" + LEAVER_HDF),
                        204, 403, 403),
                new Endpoint("POST administrator", api -> api.post(A + "/administrators",
                        "{\"personId\":\"" + REFERENT_HDF + "\"}"), 200, 403, 403),
                new Endpoint("DELETE administrator", api -> api.delete(A + "/administrators/" + MEMBER_HDF.personId()),
                        204, 403, 403),
                new Endpoint("POST invitation", api -> api.post(A + "/invitations",
                        "{\"displayName\":\"Invité\",\"email\":\"invite-" + UUID.randomUUID() + "@cdg59.fr\","
                        + "\"organisationId\":\"cdg-59\"}"), 201, 403, 403));
    }

    static Stream<Arguments> rolesTimesEndpoints() {
        return endpoints().flatMap(endpoint -> Arrays.stream(Role.values()).map(role -> Arguments.of(role, endpoint)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("rolesTimesEndpoints")
    void answersEachRoleOnEveryEndpoint(Role role, Endpoint endpoint, ApiWorld world) {
        ApiClient client = CLIENTS.computeIfAbsent(role, signingIn -> world.signedIn(signingIn.person));
        long eventsBefore = world.eventCount();

        Response response = endpoint.call().apply(client);

        int expected = endpoint.expectedFor(role);
        assertThat(response.status()).as(role + " × " + endpoint + ": " + response).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.isProblem()).as(response.toString()).isTrue();
            assertThat(world.eventCount()).as("events after a refusal").isEqualTo(eventsBefore);
        }
        if (expected == 403) {
            assertThat(response.json().path("code").asText()).isEqualTo("cooperation.administrator-required");
        }
        if (role == Role.PERSON_OF_ANOTHER_COOPERATION) {
            assertThat(response.json().path("code").asText()).as("no hint that it exists").isEqualTo("cooperation.not-found");
        }
    }

    @Test
    void answersAPersonOfAnotherCooperationExactlyAsForACooperationThatDoesNotExist(ApiWorld world) {
        ApiClient other = world.signedIn(ADMIN_BZH);

        Response existing = other.get(A + "/bodies/" + CODIR);
        Response missing = other.get("/api/cooperations/no-such-cooperation/bodies/" + CODIR);

        assertThat(existing.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(existing.json().path("detail")).isEqualTo(missing.json().path("detail"));
        assertThat(existing.json().path("code")).isEqualTo(missing.json().path("code"));
    }

    @Test
    void showsAPartnerOnlyTheBodiesItIsNamedTo(ApiWorld world) {
        Response directory = world.signedIn(PARTNER_HDF).get(A);

        assertThat(directory.json().path("bodies").findValuesAsText("bodyId")).containsExactly(COPIL);
        assertThat(world.signedIn(MEMBER_HDF).get(A).json().path("bodies").findValuesAsText("bodyId")).contains(COPIL, CODIR);
    }
}
