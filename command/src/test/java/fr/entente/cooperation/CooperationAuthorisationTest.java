package fr.entente.cooperation;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.cooperation.api.AddBodyMemberCommand;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.CentreReceipt;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.AdministratorAppointedEvent;
import fr.entente.cooperation.api.AdministratorRevokedEvent;
import fr.entente.cooperation.api.AppointAdministratorCommand;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.BodyRole;
import fr.entente.cooperation.api.ChangeBodyMemberRoleCommand;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.DesignateCoordinatingCentreCommand;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import fr.entente.cooperation.api.PersonRemovedEvent;
import fr.entente.cooperation.api.RegisterPersonCommand;
import fr.entente.cooperation.api.RemoveBodyMemberCommand;
import fr.entente.cooperation.api.RemovePersonCommand;
import fr.entente.cooperation.api.RevokeAdministratorCommand;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static fr.entente.cooperation.Actors.AS_ADMINISTRATOR;
import static fr.entente.cooperation.Actors.AS_SYSTEM;
import static fr.entente.cooperation.Actors.actor;
import static fr.entente.cooperation.HautsDeFranceDirectory.CDG_60;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT;
import static fr.entente.cooperation.HautsDeFranceDirectory.CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.COOPERATION_ID;
import static fr.entente.cooperation.HautsDeFranceDirectory.COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.CREATED;
import static fr.entente.cooperation.HautsDeFranceDirectory.DELEGATE;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR_APPOINTED;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR_IN_CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.NORD_ADDED;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER;
import static fr.entente.cooperation.HautsDeFranceDirectory.OFFICER_REGISTERED;
import static fr.entente.cooperation.HautsDeFranceDirectory.directoryThen;
import static fr.entente.common.api.RuleViolations.ruleViolation;

/**
 * Who may change a cooperation's directory: its administrators and the system; the system alone creates a
 * cooperation and appoints its first administrator.
 */
class CooperationAuthorisationTest {

    private final FixtureConfiguration<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);

    /** Every command of the directory, each of which would succeed if an administrator sent it. */
    static Stream<Object> everyDirectoryCommand() {
        return Stream.of(
                new AddMemberCentreCommand(COOPERATION_ID, "62", "CDG du Pas-de-Calais"),
                new AddPartnerOrganisationCommand(COOPERATION_ID, "framel", "FRAMEL"),
                new DesignateCoordinatingCentreCommand(COOPERATION_ID, "59"),
                new RegisterPersonCommand(COOPERATION_ID, "person-referent-60", CDG_60),
                new RemovePersonCommand(COOPERATION_ID, DIRECTOR),
                new AppointAdministratorCommand(COOPERATION_ID, DIRECTOR),
                new RevokeAdministratorCommand(COOPERATION_ID, DIRECTOR),
                new CreateBodyCommand(COOPERATION_ID, "gt-observatoire", BodyKind.WORKING_GROUP, null),
                new NamePartnerToBodyCommand(COOPERATION_ID, COPIL, CNFPT),
                new AddBodyMemberCommand(COOPERATION_ID, CODIR, OFFICER, BodyRole.MEMBER),
                new ChangeBodyMemberRoleCommand(COOPERATION_ID, CODIR, DIRECTOR, BodyRole.CONVENOR),
                new RemoveBodyMemberCommand(COOPERATION_ID, CODIR, DIRECTOR));
    }

    @ParameterizedTest
    @MethodSource("everyDirectoryCommand")
    void refusesEveryDirectoryCommandFromAMemberWhoDoesNotAdminister(Object command) {
        fixture.given(directoryThen(DIRECTOR_APPOINTED, DIRECTOR_IN_CODIR))
               .when(command, actor(OFFICER))
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(CooperationRefusal.ADMINISTRATOR_REQUIRED, null));
    }

    @ParameterizedTest
    @MethodSource("everyDirectoryCommand")
    void acceptsEveryDirectoryCommandFromAnAdministrator(Object command) {
        fixture.given(directoryThen(DIRECTOR_APPOINTED, DIRECTOR_IN_CODIR))
               .when(command, AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @MethodSource("everyDirectoryCommand")
    void acceptsEveryDirectoryCommandFromTheSystem(Object command) {
        fixture.given(directoryThen(DIRECTOR_APPOINTED, DIRECTOR_IN_CODIR))
               .when(command, AS_SYSTEM)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesACommandThatNamesNoActor() {
        fixture.given(directoryThen())
               .when(new AddMemberCentreCommand(COOPERATION_ID, "62", "CDG du Pas-de-Calais"))
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.ADMINISTRATOR_REQUIRED, null));
    }

    @Test
    void refusesAPersonOfAPartner() {
        fixture.given(directoryThen())
               .when(new CreateBodyCommand(COOPERATION_ID, "gt-formation", BodyKind.WORKING_GROUP, null), actor(DELEGATE))
               .expectNoEvents()
               .expectException(CooperationRefusedException.class);
    }

    @Test
    void refusesAPersonUnknownToTheCooperation() {
        fixture.given(directoryThen())
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, "framel", "FRAMEL"), actor("person-of-bretagne"))
               .expectNoEvents()
               .expectException(CooperationRefusedException.class);
    }

    @Test
    void refusesAnAdministratorOnceRevoked() {
        fixture.given(directoryThen(DIRECTOR_APPOINTED, new AdministratorRevokedEvent(COOPERATION_ID, DIRECTOR)))
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, "framel", "FRAMEL"), actor(DIRECTOR))
               .expectNoEvents()
               .expectException(CooperationRefusedException.class);
    }

    @Test
    void refusesAnAdministratorOnceRemovedFromTheCooperation() {
        fixture.given(directoryThen(DIRECTOR_APPOINTED, new AdministratorRevokedEvent(COOPERATION_ID, DIRECTOR),
                                    new PersonRemovedEvent(COOPERATION_ID, DIRECTOR)))
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, "framel", "FRAMEL"), actor(DIRECTOR))
               .expectNoEvents()
               .expectException(CooperationRefusedException.class);
    }

    @Test
    void createsACooperationOnlyAsTheSystem() {
        fixture.givenNoPriorActivity()
               .when(new CreateCooperationCommand(COOPERATION_ID, "Coopération des CDG des Hauts-de-France", "Hauts-de-France"),
                     actor(OFFICER))
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.SYSTEM_REQUIRED, null));
    }

    @Test
    void refusesToCreateACooperationWithoutActor() {
        fixture.givenNoPriorActivity()
               .when(new CreateCooperationCommand(COOPERATION_ID, "Coopération des CDG des Hauts-de-France", "Hauts-de-France"))
               .expectNoEvents()
               .expectException(CooperationRefusedException.class);
    }

    @Test
    void noPersonAppointsTheFirstAdministrator() {
        fixture.given(CREATED, NORD_ADDED, OFFICER_REGISTERED)
               .when(new AppointAdministratorCommand(COOPERATION_ID, OFFICER), actor(OFFICER))
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.ADMINISTRATOR_REQUIRED, null));
    }

    @Test
    void theSystemAppointsTheFirstAdministrator() {
        fixture.given(CREATED, NORD_ADDED, OFFICER_REGISTERED)
               .when(new AppointAdministratorCommand(COOPERATION_ID, OFFICER), AS_SYSTEM)
               .expectEvents(new AdministratorAppointedEvent(COOPERATION_ID, OFFICER));
    }

    @Test
    void anAdministratorAppointsAnother() {
        fixture.given(directoryThen())
               .when(new AppointAdministratorCommand(COOPERATION_ID, DIRECTOR), AS_ADMINISTRATOR)
               .expectEvents(DIRECTOR_APPOINTED);
    }

    @Test
    void handsAReceiptOfWhatItAddedBackToTheSender() {
        fixture.given(CREATED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, " 2a ", "CDG de Corse-du-Sud"), AS_SYSTEM)
               .expectEvents(new MemberCentreAddedEvent(COOPERATION_ID, "2A", "CDG de Corse-du-Sud"))
               .expectResultMessagePayload(new CentreReceipt("2A", "cdg-2a", "CDG de Corse-du-Sud"));
    }

    /** The metadata key the aggregate reads is the one infra's Actor writes. */
    @Test
    void readsTheActorFromTheAuditMetadataKey() {
        fixture.given(CREATED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, "59", "CDG du Nord"), MetaData.with("actorId", "system"))
               .expectSuccessfulHandlerExecution();
    }
}
