package fr.entente.cooperation;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.cooperation.api.AddPartnerOrganisationCommand;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.CoordinatingCentreDesignatedEvent;
import fr.entente.cooperation.api.DesignateCoordinatingCentreCommand;
import fr.entente.cooperation.api.PartnerOrganisationAddedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static fr.entente.cooperation.Actors.AS_ADMINISTRATOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT_ADDED;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT_NAME;
import static fr.entente.cooperation.HautsDeFranceDirectory.COOPERATION_ID;
import static fr.entente.cooperation.HautsDeFranceDirectory.OISE_ADDED;
import static fr.entente.cooperation.HautsDeFranceDirectory.establishedThen;
import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.common.api.RuleViolations.withArguments;

/** Partners and the coordinating centre. */
class CooperationOrganisationsTest {

    private static final String REGION_ID = "region-hdf";
    private static final String REGION_NAME = "Région Hauts-de-France";
    private static final CoordinatingCentreDesignatedEvent NORD_COORDINATES =
            new CoordinatingCentreDesignatedEvent(COOPERATION_ID, "59");

    private final FixtureConfiguration<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);

    @Test
    void addsPartnerOrganisation() {
        fixture.given(establishedThen())
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, CNFPT, CNFPT_NAME), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(CNFPT_ADDED);
    }

    @Test
    void recordsPartnerIdInLowerCaseAndNameWithoutSurroundingSpaces() {
        fixture.given(establishedThen())
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, " CNFPT ", "  " + CNFPT_NAME + "\t"), AS_ADMINISTRATOR)
               .expectEvents(CNFPT_ADDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "cnfpt!", "région", "-cnfpt", "cnfpt-", "france travail", "france_travail",
                            "a-partner-id-that-is-far-too-long-to-read-1"})
    void rejectsMalformedPartnerId(String organisationId) {
        fixture.given(establishedThen())
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, organisationId, REGION_NAME), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.ORGANISATION_ID_INVALID, "organisationId"))
               .expectException(withArguments(organisationId.strip(), 2, 40));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cdg-62", "CDG-2A", "cdg-974"})
    void rejectsPartnerIdReservedToTheCentreOfADepartement(String organisationId) {
        fixture.given(establishedThen())
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, organisationId, REGION_NAME), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.ORGANISATION_ID_RESERVED, "organisationId"));
    }

    @Test
    void acceptsPartnerIdStartingLikeACentreWithoutNamingADepartement() {
        fixture.given(establishedThen())
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, "cdg-national", "Fédération nationale des CDG"), AS_ADMINISTRATOR)
               .expectEvents(new PartnerOrganisationAddedEvent(COOPERATION_ID, "cdg-national", "Fédération nationale des CDG"));
    }

    @Test
    void rejectsPartnerWithoutId() {
        fixture.given(establishedThen())
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, " ", REGION_NAME), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.organisation-id-required", "organisationId"));
    }

    @Test
    void rejectsPartnerWithoutName() {
        fixture.given(establishedThen())
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, REGION_ID, null), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.partner-name-required", "name"));
    }

    @Test
    void rejectsSecondPartnerWithSameId() {
        fixture.given(establishedThen(CNFPT_ADDED))
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, "Cnfpt", "CNFPT délégation régionale"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(CooperationRefusal.ORGANISATION_ID_TAKEN, "organisationId"))
               .expectException(withArguments("cnfpt", CNFPT_NAME));
    }

    @Test
    void rejectsSecondPartnerWithSameNameWrittenDifferently() {
        fixture.given(establishedThen(CNFPT_ADDED))
               .when(new AddPartnerOrganisationCommand(COOPERATION_ID, "cnfpt-hdf", "cnfpt HAUTS-DE-FRANCE"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.PARTNER_NAME_TAKEN, "name"));
    }

    @Test
    void designatesCoordinatingCentre() {
        fixture.given(establishedThen())
               .when(new DesignateCoordinatingCentreCommand(COOPERATION_ID, "59"), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(NORD_COORDINATES);
    }

    @Test
    void designatesAnotherCoordinatingCentre() {
        fixture.given(establishedThen(OISE_ADDED, NORD_COORDINATES))
               .when(new DesignateCoordinatingCentreCommand(COOPERATION_ID, " 60 "), AS_ADMINISTRATOR)
               .expectEvents(new CoordinatingCentreDesignatedEvent(COOPERATION_ID, "60"));
    }

    @Test
    void designatingTheCoordinatingCentreAgainChangesNothing() {
        fixture.given(establishedThen(NORD_COORDINATES))
               .when(new DesignateCoordinatingCentreCommand(COOPERATION_ID, "59"), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void rejectsCoordinatingCentreThatIsNotAMember() {
        fixture.given(establishedThen())
               .when(new DesignateCoordinatingCentreCommand(COOPERATION_ID, "62"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(CooperationRefusal.CENTRE_UNKNOWN, "departmentCode"));
    }

    @Test
    void rejectsPartnerAsCoordinatingCentre() {
        fixture.given(establishedThen(CNFPT_ADDED))
               .when(new DesignateCoordinatingCentreCommand(COOPERATION_ID, CNFPT), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.INVALID, "cooperation.department-code-invalid", "departmentCode"));
    }
}
