package fr.entente.study;

import fr.entente.common.api.ActorMetaData;
import fr.entente.study.api.Audience;
import fr.entente.study.api.DataSource;
import fr.entente.study.api.DeliverStudyResultsCommand;
import fr.entente.study.api.DisseminateStudyCommand;
import fr.entente.study.api.SendStudyResultsToReadCommand;
import fr.entente.study.api.StudyResultsSentToReadEvent;
import fr.entente.study.api.InformTechnicalCommitteeCommand;
import fr.entente.study.api.LaunchStudyCommand;
import fr.entente.study.api.Milestone;
import fr.entente.study.api.OpenStudyFolderCommand;
import fr.entente.study.api.StudyFolderOpenedEvent;
import fr.entente.study.api.ProposeStudyCommand;
import fr.entente.study.api.QuestionSubject;
import fr.entente.study.api.RaiseStudyQuestionCommand;
import fr.entente.study.api.RecordStudyValidationCommand;
import fr.entente.study.api.ReportStudyProgressCommand;
import fr.entente.study.api.SettleStudyArbitrationCommand;
import fr.entente.study.api.StudyArbitrationSettledEvent;
import fr.entente.study.api.StudyDisseminatedEvent;
import fr.entente.study.api.StudyLaunchedEvent;
import fr.entente.study.api.StudyProgressReportedEvent;
import fr.entente.study.api.StudyProposedEvent;
import fr.entente.study.api.StudyQuestionRaisedEvent;
import fr.entente.study.api.StudyRefusal;
import fr.entente.study.api.StudyRejectedEvent;
import fr.entente.study.api.StudyResultsDeliveredEvent;
import fr.entente.study.api.StudyRoster;
import fr.entente.study.api.StudySubmittedForValidationEvent;
import fr.entente.study.api.StudyValidatedEvent;
import fr.entente.study.api.SubmitStudyForValidationCommand;
import fr.entente.study.api.TechnicalCommitteeInformedEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.entente.common.api.RuleViolations.ruleViolation;

/**
 * The rules of a study of the Hauts-de-France observatory (convention, art. 4 and 5), one behaviour per test: who
 * proposes, validation by the technical committee's decision, no launch before it, progress by the lead centre,
 * results, and dissemination: to the member centres after delivery, beyond them only once the committee was informed
 * of that audience, never while an arbitration is open, and not after an arbitration said no.
 */
class StudyTest {

    static final String COOPERATION = "hauts-de-france";
    static final String STUDY = "etude-absenteisme-2025";
    static final String OFFICER_59 = "person-officer-59";
    static final String REFERENT_60 = "person-referent-60";
    static final String REFERENT_59 = "person-referent-59";
    static final String DIRECTOR_62 = "person-director-62";
    static final String PARTNER = "person-cnfpt";
    static final String VALIDATION = "decision-validation";
    static final String ARBITRATION = "decision-arbitrage";
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static final Map<String, String> ORGANISATIONS = Map.of(OFFICER_59, "cdg-59", REFERENT_60, "cdg-60",
                                                                    REFERENT_59, "cdg-59", DIRECTOR_62, "cdg-62",
                                                                    PARTNER, "cnfpt");
    private static final Set<String> WORKING_GROUP = Set.of(OFFICER_59, REFERENT_60, REFERENT_59, PARTNER);
    private static final Set<String> CENTRES = Set.of("cdg-02", "cdg-59", "cdg-60", "cdg-62", "cdg-80");

    static final StudyProposedEvent PROPOSED = new StudyProposedEvent(
            STUDY, COOPERATION, "Étude sur l'absentéisme 2025", "Quelle est l'absentéisme dans les collectivités ?",
            List.of(DataSource.RSU, DataSource.FLASH_SURVEY), List.of("59", "60"), List.of("cdg-60"),
            "Une note de synthèse", LocalDate.of(2026, 9, 30), "reunion-mars", "proposition-1", REFERENT_60, null);
    static final StudySubmittedForValidationEvent SUBMITTED = new StudySubmittedForValidationEvent(STUDY, VALIDATION);
    static final StudyValidatedEvent VALIDATED = new StudyValidatedEvent(STUDY, VALIDATION, "CT-2026-003");
    static final StudyLaunchedEvent LAUNCHED = new StudyLaunchedEvent(
            STUDY, "cdg-59", List.of("cdg-60", "cdg-62"),
            List.of(new Milestone("etape-1", "Questionnaire envoyé", LocalDate.of(2026, 4, 15))));
    static final StudyResultsDeliveredEvent DELIVERED = new StudyResultsDeliveredEvent(STUDY, List.of("document-resultats"),
                                                                                      "Taux moyen : 9,2 %");
    static final TechnicalCommitteeInformedEvent INFORMED = new TechnicalCommitteeInformedEvent(
            STUDY, List.of(Audience.MEMBER_CENTRES, Audience.REGION), "Envoi par courriel à la Région", "reunion-ct-juin");

    private FixtureConfiguration<Study> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Study.class);
        fixture.registerInjectableResource(new Roster());
    }

    // Proposal

    @Test
    void aReferentOfTheWorkingGroupProposesAStudyFromAMeetingsProposal() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW).when(propose(), as(REFERENT_60)).expectEvents(PROPOSED);
    }

    @Test
    void aDirectorWhoIsNotInTheWorkingGroupDoesNotPropose() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW).when(propose(), as(DIRECTOR_62))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.WORKING_GROUP_REQUIRED, null));
    }

    @Test
    void someoneOfAnotherCooperationIsToldItDoesNotExist() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(propose(), MetaData.with(ActorMetaData.ACTOR_ID, REFERENT_60).and(ActorMetaData.COOPERATION_ID, "bretagne"))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.NOT_FOUND, null));
    }

    @Test
    void aStudyNeedsAQuestionAndADataSource() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(new ProposeStudyCommand(STUDY, COOPERATION, "Étude", " ", List.of(DataSource.RSU), null, null, null,
                                             null, null, null, null), as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.QUESTION_REQUIRED, "question"));
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(new ProposeStudyCommand(STUDY, COOPERATION, "Étude", "Pourquoi ?", List.of(), null, null, null,
                                             null, null, null, null), as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.DATA_SOURCES_REQUIRED, "dataSources"));
    }

    @Test
    void requestingCentresAreTheCooperationsMemberCentres() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(new ProposeStudyCommand(STUDY, COOPERATION, "Étude", "Pourquoi ?", List.of(DataSource.RSU), null,
                                             List.of("cdg-35"), null, null, null, null, null), as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.CENTRE_NOT_MEMBER, null));
    }

    @Test
    void anExpectedDateInThePastIsRefused() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(new ProposeStudyCommand(STUDY, COOPERATION, "Étude", "Pourquoi ?", List.of(DataSource.RSU), null,
                                             null, null, LocalDate.of(2026, 3, 1), null, null, null), as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.EXPECTED_IN_THE_PAST, "expectedBy"));
    }

    // Validation

    @Test
    void theOfficerPutsItToTheCommitteesValidation() {
        fixture.given(PROPOSED).when(new SubmitStudyForValidationCommand(STUDY, VALIDATION), as(OFFICER_59))
               .expectEvents(SUBMITTED);
    }

    @Test
    void aReferentDoesNotPutItToValidation() {
        fixture.given(PROPOSED).when(new SubmitStudyForValidationCommand(STUDY, VALIDATION), as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.MANAGER_REQUIRED, null));
    }

    @Test
    void theHubTakesTheCommitteesDecisionIn() {
        fixture.given(PROPOSED, SUBMITTED)
               .when(new RecordStudyValidationCommand(STUDY, VALIDATION, true, "CT-2026-003"), system())
               .expectEvents(VALIDATED);
        fixture.given(PROPOSED, SUBMITTED)
               .when(new RecordStudyValidationCommand(STUDY, VALIDATION, false, "CT-2026-003"), system())
               .expectEvents(new StudyRejectedEvent(STUDY, VALIDATION, "CT-2026-003"));
    }

    @Test
    void nobodyTypesTheCommitteesDecision() {
        fixture.given(PROPOSED, SUBMITTED)
               .when(new RecordStudyValidationCommand(STUDY, VALIDATION, true, "CT-2026-003"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.BY_THE_HUB, null));
    }

    @Test
    void anotherDecisionDoesNotValidateIt() {
        fixture.given(PROPOSED, SUBMITTED)
               .when(new RecordStudyValidationCommand(STUDY, "decision-autre", true, "CT-2026-004"), system())
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.DECISION_UNKNOWN, "decisionId"));
    }

    // Launch and progress

    @Test
    void noLaunchBeforeValidation() {
        fixture.given(PROPOSED, SUBMITTED).when(launch(), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.NOT_VALIDATED, null));
    }

    @Test
    void noLaunchOfARejectedStudy() {
        fixture.given(PROPOSED, SUBMITTED, new StudyRejectedEvent(STUDY, VALIDATION, "CT-2026-003"))
               .when(launch(), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.REJECTED, null));
    }

    @Test
    void aValidatedStudyIsLaunchedWithItsLeadCentreAndMilestones() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED).when(launch(), as(OFFICER_59)).expectEvents(LAUNCHED);
    }

    @Test
    void theLeadCentreReportsProgressAndAnotherCentreDoesNot() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED)
               .when(new ReportStudyProgressCommand(STUDY, "Questionnaire parti", "etape-1"), as(REFERENT_59))
               .expectEvents(new StudyProgressReportedEvent(STUDY, "Questionnaire parti", "etape-1", REFERENT_59));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED)
               .when(new ReportStudyProgressCommand(STUDY, "Questionnaire parti", null), as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.LEAD_CENTRE_OR_MANAGER_REQUIRED, null));
    }

    @Test
    void aProgressReportNamesOnlyAMilestoneOfTheStudy() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED)
               .when(new ReportStudyProgressCommand(STUDY, "Fait", "etape-9"), as(REFERENT_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.MILESTONE_UNKNOWN, "milestoneId"));
    }

    @Test
    void resultsAreDeliveredAsDocuments() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED)
               .when(new DeliverStudyResultsCommand(STUDY, List.of("document-resultats"), "Taux moyen : 9,2 %"), as(OFFICER_59))
               .expectEvents(DELIVERED);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED)
               .when(new DeliverStudyResultsCommand(STUDY, List.of(), null), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.DOCUMENTS_REQUIRED, "documentIds"));
    }

    // Dissemination

    @Test
    void toTheMemberCentresAtAnyTimeAfterDelivery() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new DisseminateStudyCommand(STUDY, Audience.MEMBER_CENTRES, "Espace documentaire"), as(OFFICER_59))
               .expectEvents(new StudyDisseminatedEvent(STUDY, Audience.MEMBER_CENTRES, "Espace documentaire"));
    }

    @Test
    void notBeforeTheResults() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED)
               .when(new DisseminateStudyCommand(STUDY, Audience.MEMBER_CENTRES, null), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.RESULTS_NOT_DELIVERED, null));
    }

    @Test
    void beyondTheMembersRefusedBeforeTheCommitteeIsInformed() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new DisseminateStudyCommand(STUDY, Audience.REGION, "Courriel"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.COMMITTEE_NOT_INFORMED, "audience"));
    }

    @Test
    void theCommitteeIsInformedOfTheResultsAndThePlannedMeans() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new InformTechnicalCommitteeCommand(STUDY, List.of(Audience.REGION, Audience.MEMBER_CENTRES),
                                                         "Envoi par courriel à la Région", "reunion-ct-juin"), as(OFFICER_59))
               .expectEvents(INFORMED);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new InformTechnicalCommitteeCommand(STUDY, List.of(Audience.REGION), " ", null), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.MEANS_REQUIRED, "means"));
    }

    @Test
    void beyondTheMembersAllowedOnceInformedOfThatAudience() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, INFORMED)
               .when(new DisseminateStudyCommand(STUDY, Audience.REGION, "Courriel"), as(OFFICER_59))
               .expectEvents(new StudyDisseminatedEvent(STUDY, Audience.REGION, "Courriel"));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, INFORMED)
               .when(new DisseminateStudyCommand(STUDY, Audience.PRESS, "Communiqué"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.COMMITTEE_NOT_INFORMED, "audience"));
    }

    @Test
    void theResultsSentToReadToTheCommitteeInformIt() {
        StudyResultsSentToReadEvent sent = new StudyResultsSentToReadEvent(STUDY, "ct-hdf", List.of(Audience.REGION),
                                                                           "Courriel à la Région");
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new SendStudyResultsToReadCommand(STUDY, "ct-hdf", List.of(Audience.REGION), "Courriel à la Région"),
                     as(OFFICER_59))
               .expectEvents(sent);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, sent)
               .when(new DisseminateStudyCommand(STUDY, Audience.REGION, "Courriel"), as(OFFICER_59))
               .expectEvents(new StudyDisseminatedEvent(STUDY, Audience.REGION, "Courriel"));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, sent)
               .when(new DisseminateStudyCommand(STUDY, Audience.PRESS, "Communiqué"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.COMMITTEE_NOT_INFORMED, "audience"));
    }

    @Test
    void resultsAreSentToReadOnlyOnceDeliveredByAManagerToACommitteeWithThePlannedMeans() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED)
               .when(new SendStudyResultsToReadCommand(STUDY, "ct-hdf", List.of(Audience.REGION), "Courriel"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.RESULTS_NOT_DELIVERED, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new SendStudyResultsToReadCommand(STUDY, "ct-hdf", List.of(Audience.REGION), "Courriel"), as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.MANAGER_REQUIRED, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new SendStudyResultsToReadCommand(STUDY, " ", List.of(Audience.REGION), "Courriel"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.TECHNICAL_COMMITTEE_REQUIRED, "bodyId"));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new SendStudyResultsToReadCommand(STUDY, "ct-hdf", List.of(Audience.PUBLIC), null), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.MEANS_REQUIRED, "means"));
    }

    @Test
    void aDirectorsQuestionOpensAnArbitrationThatBlocksDisseminationBeyondTheMembers() {
        StudyQuestionRaisedEvent raised = new StudyQuestionRaisedEvent(STUDY, ARBITRATION, QuestionSubject.DISSEMINATION,
                                                                       DIRECTOR_62);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, INFORMED)
               .when(new RaiseStudyQuestionCommand(STUDY, ARBITRATION, QuestionSubject.DISSEMINATION), as(DIRECTOR_62))
               .expectEvents(raised);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, INFORMED, raised)
               .when(new DisseminateStudyCommand(STUDY, Audience.REGION, "Courriel"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.ARBITRATION_OPEN, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, INFORMED, raised)
               .when(new DisseminateStudyCommand(STUDY, Audience.MEMBER_CENTRES, null), as(OFFICER_59))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyADirectorRaisesAQuestion() {
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED)
               .when(new RaiseStudyQuestionCommand(STUDY, ARBITRATION, QuestionSubject.REALISATION), as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.DIRECTOR_REQUIRED, null));
    }

    @Test
    void anApprovingArbitrationLiftsTheBlock() {
        StudyQuestionRaisedEvent raised = new StudyQuestionRaisedEvent(STUDY, ARBITRATION, QuestionSubject.DISSEMINATION,
                                                                       DIRECTOR_62);
        StudyArbitrationSettledEvent settled = new StudyArbitrationSettledEvent(STUDY, ARBITRATION, true, "CT-2026-009");
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, INFORMED, raised)
               .when(new SettleStudyArbitrationCommand(STUDY, ARBITRATION, true, "CT-2026-009"), system())
               .expectEvents(settled);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, INFORMED, raised, settled)
               .when(new DisseminateStudyCommand(STUDY, Audience.REGION, "Courriel"), as(OFFICER_59))
               .expectEvents(new StudyDisseminatedEvent(STUDY, Audience.REGION, "Courriel"));
    }

    @Test
    void anArbitrationThatSaysNoToDisseminationKeepsItWithinTheMembers() {
        StudyQuestionRaisedEvent raised = new StudyQuestionRaisedEvent(STUDY, ARBITRATION, QuestionSubject.DISSEMINATION,
                                                                       DIRECTOR_62);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, DELIVERED, INFORMED, raised,
                      new StudyArbitrationSettledEvent(STUDY, ARBITRATION, false, "CT-2026-009"))
               .when(new DisseminateStudyCommand(STUDY, Audience.REGION, "Courriel"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.DISSEMINATION_REFUSED, null));
    }

    @Test
    void onlyTheHubSettlesAnArbitrationAndOnlyAnOpenOne() {
        StudyQuestionRaisedEvent raised = new StudyQuestionRaisedEvent(STUDY, ARBITRATION, QuestionSubject.REALISATION,
                                                                       DIRECTOR_62);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, raised)
               .when(new SettleStudyArbitrationCommand(STUDY, ARBITRATION, true, "CT-2026-009"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.BY_THE_HUB, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED)
               .when(new SettleStudyArbitrationCommand(STUDY, ARBITRATION, true, "CT-2026-009"), system())
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.DECISION_UNKNOWN, "decisionId"));
    }

    // The study's folder of results

    @Test
    void theStudysFolderIsOpenedOnceWhileItIsInProgress() {
        OpenStudyFolderCommand open = new OpenStudyFolderCommand(STUDY, "espace-gt", "dossier-etude");
        StudyFolderOpenedEvent opened = new StudyFolderOpenedEvent(STUDY, "espace-gt", "dossier-etude");
        fixture.given(PROPOSED, SUBMITTED, VALIDATED).when(open, as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.NOT_IN_PROGRESS, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED).when(open, as(REFERENT_60))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.MANAGER_REQUIRED, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED).when(open, as(OFFICER_59)).expectEvents(opened);
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, opened).when(open, as(OFFICER_59)).expectNoEvents()
               .expectSuccessfulHandlerExecution();
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, LAUNCHED, opened)
               .when(new OpenStudyFolderCommand(STUDY, "espace-gt", "autre-dossier"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(StudyRefusal.FOLDER_ALREADY_OPEN, "folderId"));
    }

    private static ProposeStudyCommand propose() {
        return new ProposeStudyCommand(STUDY, COOPERATION, " Étude sur l'absentéisme 2025 ",
                                       "Quelle est l'absentéisme dans les collectivités ?",
                                       List.of(DataSource.RSU, DataSource.FLASH_SURVEY), List.of("59", "60"), List.of("cdg-60"),
                                       "Une note de synthèse", LocalDate.of(2026, 9, 30), "reunion-mars", "proposition-1", null);
    }

    private static LaunchStudyCommand launch() {
        return new LaunchStudyCommand(STUDY, "cdg-59", List.of("cdg-60", "cdg-62"),
                                      List.of(new Milestone(null, "Questionnaire envoyé", LocalDate.of(2026, 4, 15))));
    }

    private static MetaData as(String personId) {
        return MetaData.with(ActorMetaData.ACTOR_ID, personId).and(ActorMetaData.COOPERATION_ID, COOPERATION);
    }

    private static MetaData system() {
        return MetaData.with(ActorMetaData.ACTOR_ID, ActorMetaData.SYSTEM);
    }

    /** The Hauts-de-France cooperation as the directory shows it to the studies. */
    static final class Roster implements StudyRoster {

        @Override
        public boolean managesStudies(String cooperationId, String personId) {
            return COOPERATION.equals(cooperationId) && OFFICER_59.equals(personId);
        }

        @Override
        public boolean sitsInWorkingGroup(String cooperationId, String personId) {
            return COOPERATION.equals(cooperationId) && WORKING_GROUP.contains(personId);
        }

        @Override
        public boolean sitsInTechnicalCommittee(String cooperationId, String personId) {
            return COOPERATION.equals(cooperationId) && DIRECTOR_62.equals(personId);
        }

        @Override
        public Optional<String> organisationOf(String cooperationId, String personId) {
            return COOPERATION.equals(cooperationId) ? Optional.ofNullable(ORGANISATIONS.get(personId)) : Optional.empty();
        }

        @Override
        public boolean isMemberCentre(String cooperationId, String organisationId) {
            return COOPERATION.equals(cooperationId) && CENTRES.contains(organisationId);
        }
    }
}
