package fr.entente.web.forum;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.ChangeBodyMemberRoleCommand;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import fr.entente.cooperation.api.RemovePersonCommand;
import fr.entente.forum.api.SpaceIds;
import fr.entente.forum.api.SpaceRole;
import fr.entente.forum.query.ForumSpacesProjection;
import fr.entente.infra.security.PersonAccounts;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiClient.Response;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.ApiWorld.Person;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Optional;

import static fr.entente.web.forum.ForumCorner.*;
import static fr.entente.web.testing.ApiWorld.ADMIN_HDF;
import static fr.entente.web.testing.ApiWorld.HDF;
import static fr.entente.web.testing.ApiWorld.MEMBER_HDF;
import static fr.entente.web.testing.ApiWorld.PASSWORD;
import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spaces' people: a body's space follows the body's roster by itself (a person seated sees it and its threads, a
 * role changed changes theirs, a person removed from the body sees it no more), and an administrator creates a theme's
 * space with the people chosen, whose moderators then manage it; a person who leaves the cooperation leaves it.
 */
@ExtendWith(SharedApiWorld.class)
class ForumRosterTest {

    private ApiWorld world;
    /** The spaces' own read model: it follows the body's roster a moment after the directory. */
    private ForumSpacesProjection roster;

    @BeforeEach
    void seat(ApiWorld world) {
        ForumCorner.seat(world);
        this.world = world;
        this.roster = world.bean(ForumSpacesProjection.class);
    }

    @Test
    void aBodyCreatedOpensItsSpaceAndItsMembersFollowTheRoster() {
        String body = "gt-roster";
        String space = SpaceIds.ofBody(HDF, body);
        Person newcomer = new Person("person-roster-newcomer", "nouveau.roster");
        world.asSystem(HDF, new RegisterPersonCommand(HDF, newcomer.personId(), "cdg-60"));
        world.bean(PersonAccounts.class).createActiveAccount(newcomer.personId(), newcomer.username(), "Nina Nouvelle",
                                                             "nina@example.fr", PASSWORD);
        world.asSystem(HDF, new CreateBodyCommand(HDF, body, BodyKind.OTHER, "Groupe qui bouge"));
        ApiClient client = world.signedIn(newcomer);
        assertThat(client.get(F + "/spaces/" + space).status()).isEqualTo(404);

        world.asSystem(HDF, new AddBodyMemberCommand(HDF, body, newcomer.personId(), BodyRole.MEMBER));
        eventually(() -> roster.roleOf(HDF, space, newcomer.personId()).filter(SpaceRole.MEMBER::equals));
        Response seen = client.get(F + "/spaces/" + space);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().path("space").path("title").asText()).isEqualTo("Groupe qui bouge");

        world.asSystem(HDF, new ChangeBodyMemberRoleCommand(HDF, body, newcomer.personId(), BodyRole.OFFICER));
        eventually(() -> roster.roleOf(HDF, space, newcomer.personId()).filter(SpaceRole.MODERATOR::equals));

        world.asSystem(HDF, new RemoveBodyMemberCommand(HDF, body, newcomer.personId()));
        eventually(() -> Optional.of(client.get(F + "/spaces/" + space)).filter(gone -> gone.status() == 404));
        eventually(() -> Optional.of(roster.roleOf(HDF, space, newcomer.personId())).filter(Optional::isEmpty));
    }

    @Test
    void aPersonRemovedFromTheBodyNoLongerReadsItsThreads() {
        Person leaving = new Person("person-roster-leaving", "partant.roster");
        world.asSystem(HDF, new RegisterPersonCommand(HDF, leaving.personId(), "cdg-59"));
        world.bean(PersonAccounts.class).createActiveAccount(leaving.personId(), leaving.username(), "Louis Départ",
                                                             "louis@example.fr", PASSWORD);
        world.asSystem(HDF, new AddBodyMemberCommand(HDF, BODY, leaving.personId(), BodyRole.MEMBER));
        eventually(() -> roster.roleOf(HDF, SPACE, leaving.personId()));
        ApiClient client = world.signedIn(leaving);
        String threadId = startThread(world.signedIn(REFERENT_A), "Avant le départ", "Bon vent !");
        assertThat(client.get(F + "/threads/" + threadId).status()).isEqualTo(200);

        world.asSystem(HDF, new RemoveBodyMemberCommand(HDF, BODY, leaving.personId()));

        eventually(() -> Optional.of(client.get(F + "/threads/" + threadId)).filter(gone -> gone.status() == 404));
        // the command side asks the directory too: refused as soon as the pages are, before the space's roster follows
        assertThat(client.post(F + "/threads/" + threadId + "/posts", json("text", "Encore moi")).status()).isEqualTo(404);
        eventually(() -> Optional.of(roster.roleOf(HDF, SPACE, leaving.personId())).filter(Optional::isEmpty));
    }

    @Test
    void anAdministratorCreatesAThemeSpaceWhoseModeratorManagesIt() {
        ApiClient admin = world.signedIn(ADMIN_HDF);
        Response created = admin.post(F + "/spaces", """
                {"title":"Observatoire – méthodes","description":"Les méthodes de l'observatoire",
                 "memberIds":["%s"],"moderatorIds":["%s"]}""".formatted(REFERENT_B.personId(), REFERENT_A.personId()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String space = created.json().path("spaceId").asText();
        ApiClient moderator = world.signedIn(REFERENT_A);
        JsonNode detail = eventually(() -> Optional.of(moderator.get(F + "/spaces/" + space))
                .filter(found -> found.status() == 200).map(Response::json)
                .filter(found -> found.path("members").size() == 2));
        assertThat(detail.path("space").path("kind").asText()).isEqualTo("THEME");
        assertThat(detail.path("space").path("yourRole").asText()).isEqualTo("MODERATOR");

        Response added = moderator.post(F + "/spaces/" + space + "/members",
                                        "{\"personId\":\"" + MEMBER_HDF.personId() + "\",\"role\":\"MEMBER\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(204);
        ApiClient member = world.signedIn(MEMBER_HDF);
        eventually(() -> Optional.of(member.get(F + "/spaces/" + space)).filter(seen -> seen.status() == 200));

        long before = world.eventCount();
        refused(world, before, world.signedIn(REFERENT_B).delete(F + "/spaces/" + space + "/members/" + MEMBER_HDF.personId()),
                403, "forum.moderator-required-to-act");
        refused(world, before, moderator.delete(F + "/spaces/" + space + "/members/" + REFERENT_A.personId()),
                409, "forum.last-moderator");
        assertThat(moderator.delete(F + "/spaces/" + space + "/members/" + MEMBER_HDF.personId()).status()).isEqualTo(204);
        eventually(() -> Optional.of(member.get(F + "/spaces/" + space)).filter(gone -> gone.status() == 404));
    }

    @Test
    void onlyAnAdministratorCreatesAThemeSpaceAndOnlyWithPeopleOfTheCooperation() {
        long before = world.eventCount();
        String body = """
                {"title":"Espace","memberIds":[],"moderatorIds":["%s"]}""";

        refused(world, before, world.signedIn(REFERENT_A).post(F + "/spaces", body.formatted(REFERENT_A.personId())),
                403, "forum.administrator-required");
        JsonNode problem = refused(world, before, world.signedIn(ADMIN_HDF).post(F + "/spaces", body.formatted(ApiWorld.ADMIN_BZH.personId())),
                                   404, "forum.person-not-in-cooperation");
        assertThat(problem.path("field").asText()).isEqualTo("moderatorIds");
    }

    @Test
    void aPersonWhoLeavesTheCooperationLeavesItsThemeSpaces() {
        Person leaver = new Person("person-roster-leaver", "quitte.roster");
        world.asSystem(HDF, new RegisterPersonCommand(HDF, leaver.personId(), "cdg-60"));
        Response created = world.signedIn(ADMIN_HDF).post(F + "/spaces", """
                {"title":"Concours","memberIds":["%s"],"moderatorIds":["%s"]}"""
                .formatted(leaver.personId(), REFERENT_A.personId()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String space = created.json().path("spaceId").asText();
        eventually(() -> roster.roleOf(HDF, space, leaver.personId()));

        world.asSystem(HDF, new RemovePersonCommand(HDF, leaver.personId()));

        eventually(() -> Optional.of(roster.roleOf(HDF, space, leaver.personId())).filter(Optional::isEmpty));
    }
}
