package fr.entente.cooperation;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.cooperation.api.MemberCentreAddedEvent;
import fr.entente.cooperation.api.PresidencyRotationSetEvent;
import fr.entente.cooperation.api.SetPresidencyRotationCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.cooperation.Actors.AS_ADMINISTRATOR;
import static fr.entente.cooperation.Actors.actor;
import static fr.entente.cooperation.HautsDeFranceDirectory.COOPERATION_ID;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.directoryThen;

/**
 * The presidency of the cooperation rotates each year among its member centres (seed 001, art. 3.2): every centre
 * takes its turn once per round.
 */
class CooperationPresidencyTest {

    private static final MemberCentreAddedEvent SOMME_ADDED = new MemberCentreAddedEvent(COOPERATION_ID, "80", "CDG de la Somme");

    private final FixtureConfiguration<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);

    @Test
    void setsTheRotationAmongAllTheCentres() {
        fixture.given(directoryThen(SOMME_ADDED))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, 2023, List.of("59", "60", " 80")), AS_ADMINISTRATOR)
               .expectEvents(new PresidencyRotationSetEvent(COOPERATION_ID, 2023, List.of("59", "60", "80")));
    }

    @Test
    void theSameRotationAgainChangesNothingButAnotherOrderIsANewRotation() {
        PresidencyRotationSetEvent set = new PresidencyRotationSetEvent(COOPERATION_ID, 2023, List.of("59", "60", "80"));
        fixture.given(directoryThen(SOMME_ADDED, set))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, 2023, List.of("59", "60", "80")), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fixture.given(directoryThen(SOMME_ADDED, set))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, 2026, List.of("80", "59", "60")), AS_ADMINISTRATOR)
               .expectEvents(new PresidencyRotationSetEvent(COOPERATION_ID, 2026, List.of("80", "59", "60")));
    }

    @Test
    void everyCentreTakesItsTurn() {
        fixture.given(directoryThen(SOMME_ADDED))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, 2023, List.of("59", "80")), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.CONFLICT, "cooperation.presidency-rotation-incomplete", "departmentCodes"));
    }

    @Test
    void aCentreTakesOneTurnPerRound() {
        fixture.given(directoryThen(SOMME_ADDED))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, 2023, List.of("59", "60", "59", "80")), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.CONFLICT, "cooperation.presidency-rotation-repeats", "departmentCodes"));
    }

    @Test
    void onlyMemberCentresPreside() {
        fixture.given(directoryThen(SOMME_ADDED))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, 2023, List.of("59", "60", "80", "62")), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.NOT_FOUND, "cooperation.centre-unknown", "departmentCode"));
    }

    @Test
    void theFirstYearIsRequiredAndPlausible() {
        fixture.given(directoryThen(SOMME_ADDED))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, null, List.of("59", "60", "80")), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.presidency-year-required", "firstYear"));
        fixture.given(directoryThen(SOMME_ADDED))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, 20023, List.of("59", "60", "80")), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.INVALID, "cooperation.presidency-year-invalid", "firstYear"));
    }

    @Test
    void onlyAnAdministratorSetsTheRotation() {
        fixture.given(directoryThen(SOMME_ADDED))
               .when(new SetPresidencyRotationCommand(COOPERATION_ID, 2023, List.of("59", "60", "80")), actor(DIRECTOR))
               .expectNoEvents()
               .expectException(ruleViolation(Kind.NOT_ALLOWED, "cooperation.administrator-required", null));
    }
}
