package fr.entente.cooperation;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.cooperation.api.BodyCreatedEvent;
import fr.entente.cooperation.api.BodyKind;
import fr.entente.cooperation.api.DrawReportingLineCommand;
import fr.entente.cooperation.api.EraseReportingLineCommand;
import fr.entente.cooperation.api.ReportingLineDrawnEvent;
import fr.entente.cooperation.api.ReportingLineErasedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.cooperation.Actors.AS_ADMINISTRATOR;
import static fr.entente.cooperation.Actors.actor;
import static fr.entente.cooperation.HautsDeFranceDirectory.CODIR;
import static fr.entente.cooperation.HautsDeFranceDirectory.COOPERATION_ID;
import static fr.entente.cooperation.HautsDeFranceDirectory.COPIL;
import static fr.entente.cooperation.HautsDeFranceDirectory.DIRECTOR;
import static fr.entente.cooperation.HautsDeFranceDirectory.directoryThen;

/**
 * Which body reports to which (the working group to the technical committee and the steering committee, seed 001,
 * art. 3): the lines say whose members read a body's published minutes; they go one way.
 */
class CooperationReportingLinesTest {

    private static final String WORKING_GROUP = "groupe-de-travail";
    private static final BodyCreatedEvent WORKING_GROUP_CREATED =
            new BodyCreatedEvent(COOPERATION_ID, WORKING_GROUP, BodyKind.WORKING_GROUP, null);
    private static final ReportingLineDrawnEvent GROUP_TO_CODIR =
            new ReportingLineDrawnEvent(COOPERATION_ID, WORKING_GROUP, CODIR);
    private static final ReportingLineDrawnEvent CODIR_TO_COPIL = new ReportingLineDrawnEvent(COOPERATION_ID, CODIR, COPIL);

    private final FixtureConfiguration<Cooperation> fixture = new AggregateTestFixture<>(Cooperation.class);

    @Test
    void drawsALineFromTheWorkingGroupToTheTechnicalCommittee() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED))
               .when(new DrawReportingLineCommand(COOPERATION_ID, WORKING_GROUP, CODIR), AS_ADMINISTRATOR)
               .expectEvents(GROUP_TO_CODIR);
    }

    @Test
    void aBodyReportsToSeveral() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED, GROUP_TO_CODIR))
               .when(new DrawReportingLineCommand(COOPERATION_ID, WORKING_GROUP, COPIL), AS_ADMINISTRATOR)
               .expectEvents(new ReportingLineDrawnEvent(COOPERATION_ID, WORKING_GROUP, COPIL));
    }

    @Test
    void drawingALineAgainChangesNothing() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED, GROUP_TO_CODIR))
               .when(new DrawReportingLineCommand(COOPERATION_ID, WORKING_GROUP, CODIR), AS_ADMINISTRATOR)
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aBodyDoesNotReportToItself() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED))
               .when(new DrawReportingLineCommand(COOPERATION_ID, CODIR, CODIR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.CONFLICT, "cooperation.reports-to-itself", "reportsToBodyId"));
    }

    @Test
    void linesGoOneWayEvenThroughAnotherBody() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED, GROUP_TO_CODIR, CODIR_TO_COPIL))
               .when(new DrawReportingLineCommand(COOPERATION_ID, COPIL, WORKING_GROUP), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.CONFLICT, "cooperation.reporting-cycle", "reportsToBodyId"));
    }

    @Test
    void bothBodiesMustExist() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED))
               .when(new DrawReportingLineCommand(COOPERATION_ID, WORKING_GROUP, "comite-inconnu"), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.NOT_FOUND, "cooperation.body-unknown", "bodyId"));
        fixture.given(directoryThen(WORKING_GROUP_CREATED))
               .when(new DrawReportingLineCommand(COOPERATION_ID, WORKING_GROUP, " "), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.MISSING, "cooperation.reports-to-required", "reportsToBodyId"));
    }

    @Test
    void onlyAnAdministratorDrawsLines() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED))
               .when(new DrawReportingLineCommand(COOPERATION_ID, WORKING_GROUP, CODIR), actor(DIRECTOR))
               .expectNoEvents()
               .expectException(ruleViolation(Kind.NOT_ALLOWED, "cooperation.administrator-required", null));
    }

    @Test
    void erasesALine() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED, GROUP_TO_CODIR))
               .when(new EraseReportingLineCommand(COOPERATION_ID, WORKING_GROUP, CODIR), AS_ADMINISTRATOR)
               .expectEvents(new ReportingLineErasedEvent(COOPERATION_ID, WORKING_GROUP, CODIR));
    }

    @Test
    void aLineErasedCanBeDrawnTheOtherWay() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED, GROUP_TO_CODIR,
                                    new ReportingLineErasedEvent(COOPERATION_ID, WORKING_GROUP, CODIR)))
               .when(new DrawReportingLineCommand(COOPERATION_ID, CODIR, WORKING_GROUP), AS_ADMINISTRATOR)
               .expectEvents(new ReportingLineDrawnEvent(COOPERATION_ID, CODIR, WORKING_GROUP));
    }

    @Test
    void erasingALineThatIsNotThereIsRefused() {
        fixture.given(directoryThen(WORKING_GROUP_CREATED))
               .when(new EraseReportingLineCommand(COOPERATION_ID, WORKING_GROUP, CODIR), AS_ADMINISTRATOR)
               .expectNoEvents()
               .expectException(ruleViolation(Kind.NOT_FOUND, "cooperation.reporting-line-unknown", "reportsToBodyId"));
    }
}
