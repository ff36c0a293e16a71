package fr.entente.cooperation;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.cooperation.api.AdministratorAppointedEvent;
import fr.entente.cooperation.api.AdministratorRevokedEvent;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.BodyMemberAddedEvent;
import fr.entente.cooperation.api.BodyMemberRemovedEvent;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.PersonRegisteredEvent;
import fr.entente.cooperation.api.ErasePersonCommand;
import fr.entente.cooperation.api.PersonErasedEvent;
import fr.entente.cooperation.api.PersonRemovedEvent;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.api.RemovePersonCommand;
import fr.entente.cooperation.api.RevokeAdministratorCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.cooperation.Actors.AS_ADMINISTRATOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.ADMINISTRATOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.CDG_59;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT_ADDED;
import static fr.entente.cooperation.HautsDeFranceDirectory.CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.COOPERATION_ID;
import static fr.entente.cooperation.HautsDeFranceDirectory.COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.DELEGATE;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR_APPOINTED;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR_IN_CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_APPOINTED;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_IN_CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_IN_COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_REGISTERED;
import static fr.entente.cooperation.HautsDeFranceDirectory.directoryThen;
import static fr.entente.cooperation.HautsDeFranceDirectory.establishedThen;
import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.common.api.RuleViolations.withArguments;

/** People (by identifier only), their removal, and the cooperation's administrators. */
class CooperationPeopleTest {

    private static final String NEWCOMER = "person-referent-59";
    private static final PersonRemovedEvent DIRECTOR_REMOVED = new PersonRemovedEvent(COOPERATION_ID, DIRECTOR);

    private final FixtureConfiguration<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);

    @Test
    void registersPersonOfAMemberCentre() {
        fixture.given(establishedThen())
               .when(new RegisterPersonCommand(COOPERATION_ID, OFFICER, CDG_59), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(OFFICER_REGISTERED);
    }

    @Test
    void registersPersonOfAPartner() {
        fixture.given(establishedThen(CNFPT_ADDED))
               .when(new RegisterPersonCommand(COOPERATION_ID, DELEGATE, CNFPT), AS_ADMINISTRATOR)
               .expectEvents(new PersonRegisteredEvent(COOPERATION_ID, DELEGATE, CNFPT));
    }

    @Test
    void recordsOrganisationIdInCanonicalForm() {
        fixture.given(establishedThen())
               .when(new RegisterPersonCommand(COOPERATION_ID, OFFICER, " CDG-59 "), AS_ADMINISTRATOR)
               .expectEvents(OFFICER_REGISTERED);
    }

    @Test
    void rejectsPersonOfAnOrganisationOutsideTheCooperation() {
        fixture.given(directoryThen())
               .when(new RegisterPersonCommand(COOPERATION_ID, NEWCOMER, "cdg-62"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(CooperationRefusal.ORGANISATION_UNKNOWN, "organisationId"))
               .expectException(withArguments("cdg-62"));
    }

    @Test
    void rejectsPersonWithoutIdentifier() {
        fixture.given(directoryThen())
               .when(new RegisterPersonCommand(COOPERATION_ID, "", CDG_59), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.person-id-required", "personId"));
    }

    @Test
    void rejectsPersonWithoutOrganisation() {
        fixture.given(directoryThen())
               .when(new RegisterPersonCommand(COOPERATION_ID, NEWCOMER, null), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.organisation-id-required", "organisationId"));
    }

    @Test
    void registersAPersonOnce() {
        fixture.given(directoryThen())
               .when(new RegisterPersonCommand(COOPERATION_ID, OFFICER, CNFPT), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PERSON_ALREADY_REGISTERED, "personId"))
               .expectException(withArguments("cdg-59"));
    }

    @Test
    void neverGivesTheIdentifierOfARemovedPersonToAnother() {
        fixture.given(directoryThen(DIRECTOR_REMOVED))
               .when(new RegisterPersonCommand(COOPERATION_ID, DIRECTOR, CDG_59), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PERSON_ID_RETIRED, "personId"));
    }

    @Test
    void removesPersonFromEveryBodyThenFromTheCooperation() {
        fixture.given(directoryThen(OFFICER_IN_CODIR, DIRECTOR_IN_CODIR, OFFICER_IN_COPIL))
               .when(new RemovePersonCommand(COOPERATION_ID, OFFICER), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new BodyMemberRemovedEvent(COOPERATION_ID, CODIR, OFFICER),
                             new BodyMemberRemovedEvent(COOPERATION_ID, COPIL, OFFICER),
                             new PersonRemovedEvent(COOPERATION_ID, OFFICER));
    }

    @Test
    void revokesTheAdministrationOfAPersonRemoved() {
        fixture.given(directoryThen(OFFICER_APPOINTED, DIRECTOR_APPOINTED, DIRECTOR_IN_CODIR))
               .when(new RemovePersonCommand(COOPERATION_ID, DIRECTOR), AS_ADMINISTRATOR)
               .expectEvents(new BodyMemberRemovedEvent(COOPERATION_ID, CODIR, DIRECTOR),
                             new AdministratorRevokedEvent(COOPERATION_ID, DIRECTOR),
                             DIRECTOR_REMOVED);
    }

    @Test
    void refusesToRemoveTheLastAdministrator() {
        fixture.given(directoryThen(new BodyMemberAddedEvent(COOPERATION_ID, CODIR, ADMINISTRATOR, CDG_59, BodyRole.MEMBER)))
               .when(new RemovePersonCommand(COOPERATION_ID, ADMINISTRATOR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(CooperationRefusal.LAST_ADMINISTRATOR, "personId"));
    }

    @Test
    void erasesAPersonStillRegisteredByRemovingThemFirst() {
        fixture.given(directoryThen(OFFICER_IN_CODIR))
               .when(new ErasePersonCommand(COOPERATION_ID, OFFICER), AS_ADMINISTRATOR)
               .expectEvents(new BodyMemberRemovedEvent(COOPERATION_ID, CODIR, OFFICER),
                             new PersonRemovedEvent(COOPERATION_ID, OFFICER),
                             new PersonErasedEvent(COOPERATION_ID, OFFICER));
    }

    @Test
    void erasesARemovedPersonOnce() {
        fixture.given(directoryThen(DIRECTOR_REMOVED))
               .when(new ErasePersonCommand(COOPERATION_ID, DIRECTOR), AS_ADMINISTRATOR)
               .expectEvents(new PersonErasedEvent(COOPERATION_ID, DIRECTOR));
        fixture.given(directoryThen(DIRECTOR_REMOVED, new PersonErasedEvent(COOPERATION_ID, DIRECTOR)))
               .when(new ErasePersonCommand(COOPERATION_ID, DIRECTOR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PERSON_ALREADY_ERASED, "personId"));
    }

    @Test
    void erasesNeitherAStrangerNorAtTheRequestOfANonAdministrator() {
        fixture.given(directoryThen())
               .when(new ErasePersonCommand(COOPERATION_ID, "person-never-seen"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PERSON_UNKNOWN, "personId"));
        fixture.given(directoryThen())
               .when(new ErasePersonCommand(COOPERATION_ID, OFFICER), Actors.actor(DIRECTOR))
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.ADMINISTRATOR_REQUIRED, null));
    }

    @Test
    void rejectsRemovalOfAPersonNotRegistered() {
        fixture.given(directoryThen(DIRECTOR_REMOVED))
               .when(new RemovePersonCommand(COOPERATION_ID, DIRECTOR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PERSON_UNKNOWN, "personId"));
    }

    @Test
    void appointsAdministrator() {
        fixture.given(directoryThen())
               .when(new AppointAdministratorCommand(COOPERATION_ID, OFFICER), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(OFFICER_APPOINTED);
    }

    @Test
    void appointingAnAdministratorAgainChangesNothing() {
        fixture.given(directoryThen(OFFICER_APPOINTED))
               .when(new AppointAdministratorCommand(COOPERATION_ID, OFFICER), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void refusesToLetAPartnerAdminister() {
        fixture.given(directoryThen())
               .when(new AppointAdministratorCommand(COOPERATION_ID, DELEGATE), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PARTNER_CANNOT_ADMINISTER, "personId"));
    }

    @Test
    void refusesAdministratorNotRegistered() {
        fixture.given(directoryThen())
               .when(new AppointAdministratorCommand(COOPERATION_ID, NEWCOMER), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PERSON_UNKNOWN, "personId"));
    }

    @Test
    void revokesAdministratorWhenAnotherRemains() {
        fixture.given(directoryThen(OFFICER_APPOINTED, DIRECTOR_APPOINTED))
               .when(new RevokeAdministratorCommand(COOPERATION_ID, OFFICER), AS_ADMINISTRATOR)
               .expectEvents(new AdministratorRevokedEvent(COOPERATION_ID, OFFICER));
    }

    @Test
    void refusesToRevokeTheLastAdministrator() {
        fixture.given(directoryThen(OFFICER_APPOINTED, new AdministratorRevokedEvent(COOPERATION_ID, OFFICER)))
               .when(new RevokeAdministratorCommand(COOPERATION_ID, ADMINISTRATOR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.LAST_ADMINISTRATOR, "personId"));
    }

    @Test
    void revokingSomeoneWhoDoesNotAdministerChangesNothing() {
        fixture.given(directoryThen(OFFICER_APPOINTED))
               .when(new RevokeAdministratorCommand(COOPERATION_ID, DIRECTOR), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void appointsAgainAfterTheAdministratorsWereReplaced() {
        fixture.given(directoryThen(OFFICER_APPOINTED, DIRECTOR_APPOINTED,
                                    new AdministratorRevokedEvent(COOPERATION_ID, OFFICER)))
               .when(new AppointAdministratorCommand(COOPERATION_ID, OFFICER), AS_ADMINISTRATOR)
               .expectEvents(new AdministratorAppointedEvent(COOPERATION_ID, OFFICER));
    }
}
