package fr.entente.cooperation;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.CooperationRefusal;
import fr.entente.cooperation.api.CooperationRefusedException;
import fr.entente.cooperation.api.CreateBodyCommand;
import fr.entente.cooperation.api.NamePartnerToBodyCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static fr.entente.cooperation.Actors.AS_ADMINISTRATOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.CDG_59;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT;
import static fr.entente.cooperation.HautsDeFranceDirectory.CNFPT_NAMED_TO_COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.COOPERATION_ID;
import static fr.entente.cooperation.HautsDeFranceDirectory.COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.directoryThen;
import static fr.entente.common.api.RuleViolations.ruleViolation;

/** Bodies and the partners named to them. */
class CooperationBodiesTest {

    private static final String WORKING_GROUP = "gt-observatoire";

    private final FixtureConfiguration<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);

    @ParameterizedTest
    @EnumSource(value = BodyKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void createsBodyOfAStandardKindWithoutAName(BodyKind kind) {
        fixture.given(directoryThen())
               .when(new CreateBodyCommand(COOPERATION_ID, WORKING_GROUP, kind, " "), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(new BodyCreatedEvent(COOPERATION_ID, WORKING_GROUP, kind, null));
    }

    @Test
    void createsNamedBodyOfAStandardKind() {
        fixture.given(directoryThen())
               .when(new CreateBodyCommand(COOPERATION_ID, "copil-emploi", BodyKind.STEERING_COMMITTEE, " Conférence des présidents "), AS_ADMINISTRATOR)
               .expectEvents(new BodyCreatedEvent(COOPERATION_ID, "copil-emploi", BodyKind.STEERING_COMMITTEE,
                                                  "Conférence des présidents"));
    }

    @Test
    void createsOtherBodyWithItsName() {
        fixture.given(directoryThen())
               .when(new CreateBodyCommand(COOPERATION_ID, "forum", BodyKind.OTHER, "Forum des référents"), AS_ADMINISTRATOR)
               .expectEvents(new BodyCreatedEvent(COOPERATION_ID, "forum", BodyKind.OTHER, "Forum des référents"));
    }

    @Test
    void rejectsOtherBodyWithoutName() {
        fixture.given(directoryThen())
               .when(new CreateBodyCommand(COOPERATION_ID, "forum", BodyKind.OTHER, null), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.body-name-required", "name"));
    }

    @Test
    void rejectsBodyWithoutKind() {
        fixture.given(directoryThen())
               .when(new CreateBodyCommand(COOPERATION_ID, WORKING_GROUP, null, "Groupe de travail"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.body-kind-required", "kind"));
    }

    @Test
    void rejectsBodyWithoutIdentifier() {
        fixture.given(directoryThen())
               .when(new CreateBodyCommand(COOPERATION_ID, null, BodyKind.WORKING_GROUP, null), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.body-id-required", "bodyId"));
    }

    @Test
    void rejectsSecondBodyWithSameIdentifier() {
        fixture.given(directoryThen())
               .when(new CreateBodyCommand(COOPERATION_ID, CODIR, BodyKind.WORKING_GROUP, null), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.BODY_ID_TAKEN, "bodyId"));
    }

    @Test
    void namesPartnerToBody() {
        fixture.given(directoryThen())
               .when(new NamePartnerToBodyCommand(COOPERATION_ID, COPIL, "CNFPT"), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectEvents(CNFPT_NAMED_TO_COPIL);
    }

    @Test
    void namingAPartnerAgainChangesNothing() {
        fixture.given(directoryThen(CNFPT_NAMED_TO_COPIL))
               .when(new NamePartnerToBodyCommand(COOPERATION_ID, COPIL, CNFPT), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void namesOnlyPartnersToBodies() {
        fixture.given(directoryThen())
               .when(new NamePartnerToBodyCommand(COOPERATION_ID, COPIL, CDG_59), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.NOT_A_PARTNER, "organisationId"));
    }

    @Test
    void rejectsNamingAnOrganisationOutsideTheCooperation() {
        fixture.given(directoryThen())
               .when(new NamePartnerToBodyCommand(COOPERATION_ID, COPIL, "framel"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(CooperationRefusal.ORGANISATION_UNKNOWN, "organisationId"));
    }

    @Test
    void rejectsNamingToAnUnknownBody() {
        fixture.given(directoryThen())
               .when(new NamePartnerToBodyCommand(COOPERATION_ID, "copil-inconnu", CNFPT), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(CooperationRefusedException.class)
               .expectException(ruleViolation(CooperationRefusal.BODY_UNKNOWN, "bodyId"));
    }
}
