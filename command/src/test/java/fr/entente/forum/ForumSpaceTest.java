package fr.entente.forum;

import fr.entente.forum.api.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.forum.ObservatoryForum.*;

/** Spaces: a body's follows its roster through the hub alone; a theme's is made and kept by administrators and moderators. */
class ForumSpaceTest {

    private static final String THEME_TITLE = "Observatoire – méthodes";
    private static final BodySpaceOpenedEvent BODY_SPACE = new BodySpaceOpenedEvent(SPACE_ID, COOPERATION_ID, BODY_ID);
    private static final ThemeSpaceCreatedEvent THEME_CREATED = new ThemeSpaceCreatedEvent(THEME_SPACE_ID, COOPERATION_ID,
            THEME_TITLE, "Les méthodes de l'observatoire", ADMINISTRATOR);
    private static final SpaceMemberAddedEvent THEME_MODERATOR =
            new SpaceMemberAddedEvent(THEME_SPACE_ID, COOPERATION_ID, MODERATOR, SpaceRole.MODERATOR);

    private final FixtureConfiguration<ForumSpace> fixture = spaceFixture();

    @Test
    void theHubOpensABodysSpace() {
        fixture.givenNoPriorActivity()
               .when(new OpenBodySpaceCommand(SPACE_ID, COOPERATION_ID, BODY_ID), AS_SYSTEM)
               .expectEvents(BODY_SPACE);
    }

    @Test
    void nobodyElseOpensABodysSpace() {
        fixture.givenNoPriorActivity()
               .when(new OpenBodySpaceCommand(SPACE_ID, COOPERATION_ID, BODY_ID), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.FOLLOWS_BODY_ROSTER, null));
    }

    @Test
    void theHubSeatsAndRemovesTheBodysMembers() {
        fixture.given(BODY_SPACE)
               .when(new AddSpaceMemberCommand(SPACE_ID, REFERENT_62, SpaceRole.MEMBER), AS_SYSTEM)
               .expectEvents(new SpaceMemberAddedEvent(SPACE_ID, COOPERATION_ID, REFERENT_62, SpaceRole.MEMBER));
        spaceFixture().given(BODY_SPACE, new SpaceMemberAddedEvent(SPACE_ID, COOPERATION_ID, REFERENT_62, SpaceRole.MEMBER))
                      .when(new RemoveSpaceMemberCommand(SPACE_ID, REFERENT_62), AS_SYSTEM)
                      .expectEvents(new SpaceMemberRemovedEvent(SPACE_ID, COOPERATION_ID, REFERENT_62));
    }

    @Test
    void nobodySeatsAnyoneInABodysSpaceByHand() {
        fixture.given(BODY_SPACE, new SpaceMemberAddedEvent(SPACE_ID, COOPERATION_ID, MODERATOR, SpaceRole.MODERATOR))
               .when(new AddSpaceMemberCommand(SPACE_ID, DIRECTOR, SpaceRole.MEMBER), AS_MODERATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.FOLLOWS_BODY_ROSTER, null));
    }

    @Test
    void aBodysSpaceFollowsRoleChanges() {
        fixture.given(BODY_SPACE, new SpaceMemberAddedEvent(SPACE_ID, COOPERATION_ID, REFERENT_62, SpaceRole.MEMBER))
               .when(new ChangeSpaceMemberRoleCommand(SPACE_ID, REFERENT_62, SpaceRole.MODERATOR), AS_SYSTEM)
               .expectEvents(new SpaceMemberRoleChangedEvent(SPACE_ID, COOPERATION_ID, REFERENT_62, SpaceRole.MODERATOR));
    }

    @Test
    void aBodysSpaceMayLoseItsLastModeratorWithTheBody() {
        fixture.given(BODY_SPACE, new SpaceMemberAddedEvent(SPACE_ID, COOPERATION_ID, MODERATOR, SpaceRole.MODERATOR))
               .when(new RemoveSpaceMemberCommand(SPACE_ID, MODERATOR), AS_SYSTEM)
               .expectEvents(new SpaceMemberRemovedEvent(SPACE_ID, COOPERATION_ID, MODERATOR));
    }

    @Test
    void anAdministratorCreatesAThemeSpaceWithThePeopleChosen() {
        fixture.givenNoPriorActivity()
               .when(new CreateThemeSpaceCommand(THEME_SPACE_ID, COOPERATION_ID, THEME_TITLE,
                                                 "Les méthodes de l'observatoire", List.of(REFERENT_62, MODERATOR),
                                                 List.of(MODERATOR)), AS_ADMINISTRATOR)
               .expectEvents(THEME_CREATED, THEME_MODERATOR,
                             new SpaceMemberAddedEvent(THEME_SPACE_ID, COOPERATION_ID, REFERENT_62, SpaceRole.MEMBER));
    }

    @Test
    void onlyAnAdministratorCreatesAThemeSpace() {
        fixture.givenNoPriorActivity()
               .when(new CreateThemeSpaceCommand(THEME_SPACE_ID, COOPERATION_ID, THEME_TITLE, null, List.of(),
                                                 List.of(MODERATOR)), AS_MODERATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.ADMINISTRATOR_REQUIRED, null));
    }

    @Test
    void aThemeSpaceHasAModerator() {
        fixture.givenNoPriorActivity()
               .when(new CreateThemeSpaceCommand(THEME_SPACE_ID, COOPERATION_ID, THEME_TITLE, null, List.of(REFERENT_62),
                                                 List.of()), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.MODERATOR_REQUIRED_AT_CREATION, "moderatorIds"));
    }

    @Test
    void aPersonOfAnotherCooperationIsNotSeated() {
        fixture.givenNoPriorActivity()
               .when(new CreateThemeSpaceCommand(THEME_SPACE_ID, COOPERATION_ID, THEME_TITLE, null, List.of(BRETON),
                                                 List.of(MODERATOR)), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.PERSON_NOT_IN_COOPERATION, "memberIds"));
    }

    @Test
    void anAdministratorOfAnotherCooperationCreatesNothingHere() {
        fixture.givenNoPriorActivity()
               .when(new CreateThemeSpaceCommand(THEME_SPACE_ID, COOPERATION_ID, THEME_TITLE, null, List.of(),
                                                 List.of(MODERATOR)), AS_BRETON)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_FOUND, null));
    }

    @Test
    void aThemeTitleWithMarkupIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new CreateThemeSpaceCommand(THEME_SPACE_ID, COOPERATION_ID, "<b>Méthodes</b>", null, List.of(),
                                                 List.of(MODERATOR)), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.TITLE_MARKUP, "title"));
    }

    @Test
    void aModeratorSeatsSomeoneOfTheCooperation() {
        fixture.given(THEME_CREATED, THEME_MODERATOR)
               .when(new AddSpaceMemberCommand(THEME_SPACE_ID, REFERENT_80, SpaceRole.MEMBER), AS_MODERATOR)
               .expectEvents(new SpaceMemberAddedEvent(THEME_SPACE_ID, COOPERATION_ID, REFERENT_80, SpaceRole.MEMBER));
    }

    @Test
    void aMemberSeatsNobody() {
        fixture.given(THEME_CREATED, THEME_MODERATOR,
                      new SpaceMemberAddedEvent(THEME_SPACE_ID, COOPERATION_ID, REFERENT_62, SpaceRole.MEMBER))
               .when(new AddSpaceMemberCommand(THEME_SPACE_ID, REFERENT_80, SpaceRole.MEMBER), AS_REFERENT_62)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.MODERATOR_REQUIRED, null));
    }

    @Test
    void someoneOutsideTheSpaceIsToldItDoesNotExist() {
        fixture.given(THEME_CREATED, THEME_MODERATOR)
               .when(new AddSpaceMemberCommand(THEME_SPACE_ID, DIRECTOR, SpaceRole.MEMBER), AS_DIRECTOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_FOUND, null));
    }

    @Test
    void aMemberIsSeatedOnce() {
        fixture.given(THEME_CREATED, THEME_MODERATOR)
               .when(new AddSpaceMemberCommand(THEME_SPACE_ID, MODERATOR, SpaceRole.MEMBER), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.ALREADY_A_MEMBER, "personId"));
    }

    @Test
    void aThemeSpaceKeepsAModerator() {
        fixture.given(THEME_CREATED, THEME_MODERATOR)
               .when(new RemoveSpaceMemberCommand(THEME_SPACE_ID, MODERATOR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.LAST_MODERATOR, "personId"));
        spaceFixture().given(THEME_CREATED, THEME_MODERATOR)
                      .when(new ChangeSpaceMemberRoleCommand(THEME_SPACE_ID, MODERATOR, SpaceRole.MEMBER), AS_MODERATOR)
                      .expectException(ruleViolation(ForumRefusal.LAST_MODERATOR, "personId"));
    }

    @Test
    void anAdministratorRemovesAMember() {
        fixture.given(THEME_CREATED, THEME_MODERATOR,
                      new SpaceMemberAddedEvent(THEME_SPACE_ID, COOPERATION_ID, REFERENT_62, SpaceRole.MEMBER))
               .when(new RemoveSpaceMemberCommand(THEME_SPACE_ID, REFERENT_62), AS_ADMINISTRATOR)
               .expectEvents(new SpaceMemberRemovedEvent(THEME_SPACE_ID, COOPERATION_ID, REFERENT_62));
    }

    @Test
    void removingSomeoneNotInTheSpaceIsRefused() {
        fixture.given(THEME_CREATED, THEME_MODERATOR)
               .when(new RemoveSpaceMemberCommand(THEME_SPACE_ID, REFERENT_80), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_A_MEMBER, "personId"));
    }

    @Test
    void theHubTakesOutAPersonWhoLeftTheCooperationEvenTheLastModerator() {
        fixture.given(THEME_CREATED, THEME_MODERATOR)
               .when(new RemoveSpaceMemberCommand(THEME_SPACE_ID, MODERATOR), AS_SYSTEM)
               .expectEvents(new SpaceMemberRemovedEvent(THEME_SPACE_ID, COOPERATION_ID, MODERATOR));
    }

    @Test
    void anAdministratorOutsideABodysSpaceIsToldItDoesNotExist() {
        fixture.given(BODY_SPACE)
               .when(new RemoveSpaceMemberCommand(SPACE_ID, REFERENT_62), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(ForumRefusal.NOT_FOUND, null));
    }
}
