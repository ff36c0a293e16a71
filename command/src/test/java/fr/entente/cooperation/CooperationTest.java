package fr.entente.cooperation;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.cooperation.api.AddMemberCentreCommand;
import fr.entente.cooperation.api.AdministratorAppointedEvent;
import fr.entente.cooperation.api.CooperationCreatedEvent;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.CreateCooperationCommand;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.PersonRegisteredEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static fr.entente.cooperation.Actors.AS_SYSTEM;
import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.common.api.RuleViolations.withArguments;

class CooperationTest {

    private static final String COOPERATION_ID = "0b6f5f8e-hdf";
    private static final String NAME = "Coopération des CDG des Hauts-de-France";
    private static final String REGION = "Hauts-de-France";
    private static final String NORD = "59";
    private static final String CDG_NORD = "CDG du Nord";
    private static final String OISE = "60";
    private static final String CDG_OISE = "CDG de l'Oise";

    private static final String ADMINISTRATOR = "person-administrator-59";

    private static final CooperationCreatedEvent CREATED = new CooperationCreatedEvent(COOPERATION_ID, NAME, REGION);
    private static final MemberCentreAddedEvent NORD_ADDED = new MemberCentreAddedEvent(COOPERATION_ID, NORD, CDG_NORD);
    /** Created by the system, with the centre of the Nord and a first administrator, who sends the tests' commands. */
    private static final Object[] ESTABLISHED = {CREATED, NORD_ADDED,
            new PersonRegisteredEvent(COOPERATION_ID, ADMINISTRATOR, "cdg-59"),
            new AdministratorAppointedEvent(COOPERATION_ID, ADMINISTRATOR)};
    private static final MetaData AS_ADMINISTRATOR = Actors.actor(ADMINISTRATOR);

    private final FixtureConfiguration<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);

    @Test
    void createsCooperation() {
        fixture.givenNoPriorActivity()
               .when(new CreateCooperationCommand(COOPERATION_ID, NAME, REGION), AS_SYSTEM)
               .expectSuccessfulHandlerExecution()
               .expectEvents(CREATED);
    }

    @Test
    void recordsNameAndRegionWithoutSurroundingSpaces() {
        fixture.givenNoPriorActivity()
               .when(new CreateCooperationCommand(COOPERATION_ID, "  " + NAME + " ", REGION + "\t"), AS_SYSTEM)
               .expectEvents(CREATED);
    }

    @Test
    void rejectsCooperationWithoutName() {
        fixture.givenNoPriorActivity()
               .when(new CreateCooperationCommand(COOPERATION_ID, "   ", REGION), AS_SYSTEM)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.name-required", "name"));
    }

    @Test
    void rejectsCooperationWithoutRegion() {
        fixture.givenNoPriorActivity()
               .when(new CreateCooperationCommand(COOPERATION_ID, NAME, null), AS_SYSTEM)
               .expectNoEvents()
               .expectException(ruleViolation("cooperation.region-required", "region"));
    }

    @Test
    void rejectsCooperationWithoutIdentifier() {
        fixture.givenNoPriorActivity()
               .when(new CreateCooperationCommand(" ", NAME, REGION), AS_SYSTEM)
               .expectNoEvents()
               .expectException(ruleViolation("cooperation.id-required", "cooperationId"));
    }

    @Test
    void addsTheFirstMemberCentreAsTheSystem() {
        fixture.given(CREATED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, NORD, CDG_NORD), AS_SYSTEM)
               .expectSuccessfulHandlerExecution()
               .expectEvents(NORD_ADDED);
    }

    @Test
    void addsCentresOfOtherDepartments() {
        fixture.given(ESTABLISHED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, OISE, CDG_OISE), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new MemberCentreAddedEvent(COOPERATION_ID, OISE, CDG_OISE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "19", "21", "2A", "2B", "95", "971", "976"})
    void acceptsEveryKindOfDepartmentCode(String departmentCode) {
        fixture.given(ESTABLISHED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, departmentCode, CDG_NORD), AS_ADMINISTRATOR)
               .expectEvents(new MemberCentreAddedEvent(COOPERATION_ID, departmentCode, CDG_NORD));
    }

    @Test
    void recordsDepartmentCodeInCanonicalForm() {
        fixture.given(ESTABLISHED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, " 2a ", "CDG de Corse-du-Sud"), AS_ADMINISTRATOR)
               .expectEvents(new MemberCentreAddedEvent(COOPERATION_ID, "2A", "CDG de Corse-du-Sud"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "20", "96", "970", "977", "2C", "5", "059", "A1", "59a"})
    void rejectsMalformedDepartmentCode(String departmentCode) {
        fixture.given(ESTABLISHED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, departmentCode, CDG_NORD), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(Kind.INVALID, "cooperation.department-code-invalid", "departmentCode"))
               .expectException(withArguments(departmentCode.strip()));
    }

    @Test
    void rejectsCentreWithoutDepartmentCode() {
        fixture.given(ESTABLISHED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, "", CDG_NORD), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation("cooperation.department-code-required", "departmentCode"));
    }

    @Test
    void rejectsCentreWithoutName() {
        fixture.given(ESTABLISHED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, NORD, " "), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation("cooperation.centre-name-required", "name"));
    }

    @Test
    void rejectsSecondCentreForSameDepartment() {
        fixture.given(ESTABLISHED)
               .when(new AddMemberCentreCommand(COOPERATION_ID, NORD, "Autre centre"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(CooperationRefusal.DEPARTMENT_CODE_TAKEN, "departmentCode"))
               .expectException(withArguments("59", "CDG du Nord"));
    }

    @Test
    void rejectsSecondCentreForSameDepartmentWrittenDifferently() {
        fixture.given(ESTABLISHED)
               .andGiven(new MemberCentreAddedEvent(COOPERATION_ID, "2B", "CDG de Haute-Corse"))
               .when(new AddMemberCentreCommand(COOPERATION_ID, "2b", "CDG de Haute-Corse"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class);
    }

    @Test
    void rejectsCentreForUnknownCooperation() {
        fixture.givenNoPriorActivity()
               .when(new AddMemberCentreCommand(COOPERATION_ID, NORD, CDG_NORD), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(AggregateNotFoundException.class);
    }
}
