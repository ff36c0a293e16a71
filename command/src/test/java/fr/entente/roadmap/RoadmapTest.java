package fr.entente.roadmap;

import fr.entente.common.api.ActorMetaData;
import fr.entente.roadmap.api.*;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.entente.common.api.RuleViolations.ruleViolation;

/**
 * The roadmap's rules: proposed by the working group with axes and actions of the cooperation's centres and partners;
 * validated only by the committee's decision that the hub reports; progress on a validated roadmap's actions by its
 * officer or the action's lead centre; one year-end evaluation.
 */
class RoadmapTest {

    static final String ROADMAP = "feuille-de-route-bretagne-2026";
    static final String COOPERATION = "bretagne";
    static final String OFFICER_35 = "person-officer-35";
    static final String REFERENT_29 = "person-referent-29";
    static final String REFERENT_22 = "person-referent-22";
    static final String DIRECTOR_56 = "person-director-56";
    static final String DECISION = "decision-feuille-de-route";

    private static final Map<String, String> ORGANISATIONS = Map.of(OFFICER_35, "cdg-35", REFERENT_29, "cdg-29",
                                                                    REFERENT_22, "cdg-22", DIRECTOR_56, "cdg-56");
    private static final Set<String> WORKING_GROUP = Set.of(OFFICER_35, REFERENT_29, REFERENT_22);
    private static final Set<String> CENTRES = Set.of("cdg-22", "cdg-29", "cdg-35", "cdg-56");
    private static final Set<String> PARTNERS = Set.of("region-bretagne", "cnfpt");

    static final RoadmapAction CAMPAIGN = new RoadmapAction(
            "action-1-1", "Animer une campagne de communication périodique et multi supports", "cdg-29",
            List.of("cdg-22", "cdg-35"), List.of("region-bretagne"), List.of("Une campagne par semestre"),
            List.of("Nombre de candidatures"), List.of());
    static final List<Axis> AXES = List.of(new Axis("axe-1", "Renforcer l'attractivité de la FPT", List.of(CAMPAIGN)));
    static final RoadmapProposedEvent PROPOSED = new RoadmapProposedEvent(ROADMAP, COOPERATION, 2026,
                                                                          "Feuille de route 2026", AXES, REFERENT_29);
    static final RoadmapSubmittedForValidationEvent SUBMITTED = new RoadmapSubmittedForValidationEvent(ROADMAP, DECISION);
    static final RoadmapValidatedEvent VALIDATED = new RoadmapValidatedEvent(ROADMAP, DECISION, "CD-2026-002");

    private FixtureConfiguration<Roadmap> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Roadmap.class);
        fixture.registerInjectableResource(new Roster());
    }

    @Test
    void aReferentProposesTheYearsRoadmapWithItsAxesAndActions() {
        fixture.givenNoPriorActivity()
               .when(new ProposeRoadmapCommand(ROADMAP, COOPERATION, 2026, " Feuille de route 2026 ", AXES), as(REFERENT_29))
               .expectEvents(PROPOSED);
    }

    @Test
    void idsAreGivenWhereNoneWasAndNoneTwice() {
        RoadmapAction unnamed = new RoadmapAction(null, "Lancer une marque employeur régionale", "cdg-35", null, null,
                                                  null, null, null);
        fixture.givenNoPriorActivity()
               .when(new ProposeRoadmapCommand(ROADMAP, COOPERATION, 2026, null,
                                               List.of(new Axis(null, "Attractivité", List.of(unnamed)))), as(REFERENT_29))
               .expectEvents(new RoadmapProposedEvent(ROADMAP, COOPERATION, 2026, "Feuille de route 2026",
                       List.of(new Axis("axe-1", "Attractivité", List.of(new RoadmapAction(
                               "action-1-1", "Lancer une marque employeur régionale", "cdg-35", List.of(), List.of(),
                               List.of(), List.of(), List.of())))), REFERENT_29));
        fixture.givenNoPriorActivity()
               .when(new ProposeRoadmapCommand(ROADMAP, COOPERATION, 2026, null,
                                               List.of(new Axis("x", "A", List.of(CAMPAIGN)), new Axis("x", "B", List.of(CAMPAIGN)))),
                     as(REFERENT_29))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.DUPLICATE_ID, "axes"));
    }

    @Test
    void aDirectorOutsideTheWorkingGroupDoesNotPropose() {
        fixture.givenNoPriorActivity()
               .when(new ProposeRoadmapCommand(ROADMAP, COOPERATION, 2026, null, AXES), as(DIRECTOR_56))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.WORKING_GROUP_REQUIRED, null));
    }

    @Test
    void aRoadmapNeedsAYearAxesAndActionsEachWithALeadCentreOfTheCooperation() {
        propose(null, AXES, RoadmapRefusal.YEAR_REQUIRED, "year");
        propose(1999, AXES, RoadmapRefusal.YEAR_OUT_OF_RANGE, "year");
        propose(2026, List.of(), RoadmapRefusal.AXES_REQUIRED, "axes");
        propose(2026, List.of(new Axis(null, "Vide", List.of())), RoadmapRefusal.ACTIONS_REQUIRED, "axes");
        propose(2026, List.of(new Axis(null, "Axe", List.of(new RoadmapAction(null, "Action", null, null, null, null, null, null)))),
                RoadmapRefusal.LEAD_CENTRE_REQUIRED, "leadCentre");
        propose(2026, List.of(new Axis(null, "Axe", List.of(new RoadmapAction(null, "Action", "cdg-59", null, null, null, null, null)))),
                RoadmapRefusal.CENTRE_NOT_MEMBER, null);
        propose(2026, List.of(new Axis(null, "Axe", List.of(new RoadmapAction(null, "Action", "cdg-35", List.of("cdg-44"), null,
                                                                            null, null, null)))),
                RoadmapRefusal.CENTRE_NOT_MEMBER, null);
        propose(2026, List.of(new Axis(null, "Axe", List.of(new RoadmapAction(null, "Action", "cdg-35", null, List.of("framel"),
                                                                            null, null, null)))),
                RoadmapRefusal.PARTNER_UNKNOWN, "partners");
    }

    @Test
    void theOfficerPutsItToTheCommitteeAndOnlyTheHubReportsTheDecision() {
        fixture.given(PROPOSED).when(new SubmitRoadmapForValidationCommand(ROADMAP, DECISION), as(REFERENT_29))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.MANAGER_REQUIRED, null));
        fixture.given(PROPOSED).when(new SubmitRoadmapForValidationCommand(ROADMAP, DECISION), as(OFFICER_35))
               .expectEvents(SUBMITTED);
        fixture.given(PROPOSED, SUBMITTED).when(new SubmitRoadmapForValidationCommand(ROADMAP, "autre"), as(OFFICER_35))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.NOT_PROPOSED, null));
        fixture.given(PROPOSED, SUBMITTED).when(new RecordRoadmapValidationCommand(ROADMAP, DECISION, true, "CD-2026-002"),
                                                as(OFFICER_35))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.BY_THE_HUB, null));
        fixture.given(PROPOSED, SUBMITTED).when(new RecordRoadmapValidationCommand(ROADMAP, "autre", true, "CD-2026-002"),
                                                system())
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.DECISION_UNKNOWN, "decisionId"));
        fixture.given(PROPOSED, SUBMITTED).when(new RecordRoadmapValidationCommand(ROADMAP, DECISION, true, "CD-2026-002"),
                                                system())
               .expectEvents(VALIDATED);
        fixture.given(PROPOSED, SUBMITTED).when(new RecordRoadmapValidationCommand(ROADMAP, DECISION, false, "CD-2026-002"),
                                                system())
               .expectEvents(new RoadmapRejectedEvent(ROADMAP, DECISION, "CD-2026-002"));
    }

    @Test
    void progressIsReportedOnAValidatedRoadmapByTheActionsLeadCentreOrTheOfficer() {
        ReportActionProgressCommand progress = new ReportActionProgressCommand(ROADMAP, "action-1-1", 40, "Première vague");
        fixture.given(PROPOSED, SUBMITTED).when(progress, as(REFERENT_29))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.NOT_VALIDATED, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED).when(progress, as(REFERENT_22))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.LEAD_CENTRE_OR_MANAGER_REQUIRED, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED).when(progress, as(REFERENT_29))
               .expectEvents(new ActionProgressReportedEvent(ROADMAP, "action-1-1", 40, "Première vague", REFERENT_29));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED)
               .when(new ReportActionProgressCommand(ROADMAP, "action-1-1", 140, "Trop"), as(OFFICER_35))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.PERCENT_OUT_OF_RANGE, "percent"));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED)
               .when(new ReportActionProgressCommand(ROADMAP, "action-9-9", 10, "Inconnue"), as(OFFICER_35))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.ACTION_UNKNOWN, "actionId"));
    }

    @Test
    void theOfficerLinksAStudyToAnAction() {
        fixture.given(PROPOSED).when(new LinkStudyToActionCommand(ROADMAP, "action-1-1", "etude-absenteisme"), as(OFFICER_35))
               .expectEvents(new StudyLinkedToActionEvent(ROADMAP, "action-1-1", "etude-absenteisme"));
        fixture.given(PROPOSED).when(new LinkStudyToActionCommand(ROADMAP, "action-1-1", "etude-absenteisme"), as(REFERENT_29))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.MANAGER_REQUIRED, null));
    }

    @Test
    void aValidatedRoadmapIsEvaluatedOnceAtYearEnd() {
        EvaluateRoadmapCommand evaluate = new EvaluateRoadmapCommand(ROADMAP, "Trois actions sur quatre menées à terme.");
        fixture.given(PROPOSED).when(evaluate, as(OFFICER_35))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.NOT_VALIDATED, null));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED).when(evaluate, as(OFFICER_35))
               .expectEvents(new RoadmapEvaluatedEvent(ROADMAP, "Trois actions sur quatre menées à terme."));
        fixture.given(PROPOSED, SUBMITTED, VALIDATED, new RoadmapEvaluatedEvent(ROADMAP, "Fait.")).when(evaluate, as(OFFICER_35))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.ALREADY_EVALUATED, null));
    }

    @Test
    void someoneOfAnotherCooperationIsToldItDoesNotExist() {
        fixture.given(PROPOSED)
               .when(new SubmitRoadmapForValidationCommand(ROADMAP, DECISION),
                     MetaData.with(ActorMetaData.ACTOR_ID, OFFICER_35).and(ActorMetaData.COOPERATION_ID, "hauts-de-france"))
               .expectNoEvents().expectException(ruleViolation(RoadmapRefusal.NOT_FOUND, null));
    }

    private void propose(Integer year, List<Axis> axes, RoadmapRefusal refusal, String field) {
        fixture.givenNoPriorActivity()
               .when(new ProposeRoadmapCommand(ROADMAP, COOPERATION, year, null, axes), as(REFERENT_29))
               .expectNoEvents().expectException(ruleViolation(refusal, field));
    }

    private static MetaData as(String personId) {
        return MetaData.with(ActorMetaData.ACTOR_ID, personId).and(ActorMetaData.COOPERATION_ID, COOPERATION);
    }

    private static MetaData system() {
        return MetaData.with(ActorMetaData.ACTOR_ID, ActorMetaData.SYSTEM);
    }

    /** The Bretagne cooperation as the directory shows it to the roadmaps. */
    static final class Roster implements RoadmapRoster {

        @Override
        public boolean managesRoadmaps(String cooperationId, String personId) {
            return COOPERATION.equals(cooperationId) && OFFICER_35.equals(personId);
        }

        @Override
        public boolean sitsInWorkingGroup(String cooperationId, String personId) {
            return COOPERATION.equals(cooperationId) && WORKING_GROUP.contains(personId);
        }

        @Override
        public Optional<String> organisationOf(String cooperationId, String personId) {
            return COOPERATION.equals(cooperationId) ? Optional.ofNullable(ORGANISATIONS.get(personId)) : Optional.empty();
        }

        @Override
        public boolean isMemberCentre(String cooperationId, String organisationId) {
            return COOPERATION.equals(cooperationId) && CENTRES.contains(organisationId);
        }

        @Override
        public boolean isPartner(String cooperationId, String organisationId) {
            return COOPERATION.equals(cooperationId) && PARTNERS.contains(organisationId);
        }
    }
}
