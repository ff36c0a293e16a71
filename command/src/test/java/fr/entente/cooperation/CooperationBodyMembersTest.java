package fr.entente.cooperation;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyMemberRoleChangedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.ChangeBodyMemberRoleCommand;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.PersonRemovedEvent;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.cooperation.Actors.AS_ADMINISTRATOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT_NAMED_TO_COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.COOPERATION_ID;
import static fr.entente.cooperation.HautsDeFranceDirectory.COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.DELEGATE;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR_IN_CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_IN_CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.directoryThen;
import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.common.api.RuleViolations.withArguments;

/** Who sits in a body, with which role; partners' people only in bodies their partner is named to. */
class CooperationBodyMembersTest {

    private static final String WORKING_GROUP = "gt-observatoire";
    private static final BodyMemberAddedEvent DELEGATE_IN_COPIL =
            new BodyMemberAddedEvent(COOPERATION_ID, COPIL, DELEGATE, CNFPT, BodyRole.MEMBER);

    private final FixtureConfiguration<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);

    @Test
    void seatsPersonOfAMemberCentreWithARole() {
        fixture.given(directoryThen())
               .when(new AddBodyMemberCommand(COOPERATION_ID, CODIR, OFFICER, BodyRole.OFFICER), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(OFFICER_IN_CODIR);
    }

    @Test
    void seatsPersonOfAPartnerNamedToTheBody() {
        fixture.given(directoryThen(CNFPT_NAMED_TO_COPIL))
               .when(new AddBodyMemberCommand(COOPERATION_ID, COPIL, DELEGATE, BodyRole.MEMBER), AS_ADMINISTRATOR)
               .expectEvents(DELEGATE_IN_COPIL);
    }

    @Test
    void refusesPersonOfAPartnerNotNamedToTheBody() {
        fixture.given(directoryThen(CNFPT_NAMED_TO_COPIL))
               .when(new AddBodyMemberCommand(COOPERATION_ID, CODIR, DELEGATE, BodyRole.MEMBER), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(CooperationRefusal.PARTNER_NOT_NAMED_TO_BODY, "personId"))
               .expectException(withArguments("cnfpt"));
    }

    @Test
    void refusesPersonNotRegisteredInThisCooperation() {
        fixture.given(directoryThen())
               .when(new AddBodyMemberCommand(COOPERATION_ID, CODIR, "person-of-bretagne", BodyRole.MEMBER), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PERSON_UNKNOWN, "personId"));
    }

    @Test
    void refusesRemovedPerson() {
        fixture.given(directoryThen(new PersonRemovedEvent(COOPERATION_ID, DIRECTOR)))
               .when(new AddBodyMemberCommand(COOPERATION_ID, CODIR, DIRECTOR, BodyRole.MEMBER), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PERSON_UNKNOWN, "personId"));
    }

    @Test
    void seatsAPersonOnceInABody() {
        fixture.given(directoryThen(OFFICER_IN_CODIR))
               .when(new AddBodyMemberCommand(COOPERATION_ID, CODIR, OFFICER, BodyRole.CONVENOR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.ALREADY_BODY_MEMBER, "personId"))
               .expectException(withArguments(BodyRole.OFFICER));
    }

    @Test
    void refusesMemberWithoutRole() {
        fixture.given(directoryThen())
               .when(new AddBodyMemberCommand(COOPERATION_ID, CODIR, OFFICER, null), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.body-role-required", "role"));
    }

    @Test
    void refusesMemberOfAnUnknownBody() {
        fixture.given(directoryThen())
               .when(new AddBodyMemberCommand(COOPERATION_ID, WORKING_GROUP, OFFICER, BodyRole.MEMBER), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.BODY_UNKNOWN, "bodyId"));
    }

    @Test
    void changesMemberRole() {
        fixture.given(directoryThen(DIRECTOR_IN_CODIR))
               .when(new ChangeBodyMemberRoleCommand(COOPERATION_ID, CODIR, DIRECTOR, BodyRole.CONVENOR), AS_ADMINISTRATOR)
               .expectEvents(new BodyMemberRoleChangedEvent(COOPERATION_ID, CODIR, DIRECTOR, BodyRole.CONVENOR));
    }

    @Test
    void givingTheSameRoleChangesNothing() {
        fixture.given(directoryThen(DIRECTOR_IN_CODIR))
               .when(new ChangeBodyMemberRoleCommand(COOPERATION_ID, CODIR, DIRECTOR, BodyRole.MEMBER), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void refusesRoleChangeOfSomeoneNotInTheBody() {
        fixture.given(directoryThen(DIRECTOR_IN_CODIR))
               .when(new ChangeBodyMemberRoleCommand(COOPERATION_ID, CODIR, OFFICER, BodyRole.CONVENOR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.BODY_MEMBER_UNKNOWN, "personId"));
    }

    @Test
    void removesBodyMember() {
        fixture.given(directoryThen(OFFICER_IN_CODIR, DIRECTOR_IN_CODIR))
               .when(new RemoveBodyMemberCommand(COOPERATION_ID, CODIR, DIRECTOR), AS_ADMINISTRATOR)
               .expectEvents(new BodyMemberRemovedEvent(COOPERATION_ID, CODIR, DIRECTOR));
    }

    @Test
    void refusesRemovalOfSomeoneNotInTheBody() {
        fixture.given(directoryThen(OFFICER_IN_CODIR))
               .when(new RemoveBodyMemberCommand(COOPERATION_ID, COPIL, OFFICER), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.BODY_MEMBER_UNKNOWN, "personId"));
    }

    @Test
    void seatsAgainAMemberWhoLeft() {
        fixture.given(directoryThen(DIRECTOR_IN_CODIR, new BodyMemberRemovedEvent(COOPERATION_ID, CODIR, DIRECTOR)))
               .when(new AddBodyMemberCommand(COOPERATION_ID, CODIR, DIRECTOR, BodyRole.CONVENOR), AS_ADMINISTRATOR)
               .expectEvents(new BodyMemberAddedEvent(COOPERATION_ID, CODIR, DIRECTOR, "cdg-60", BodyRole.CONVENOR));
    }
}
