package fr.entente.decision;

import fr.entente.decision.api.*;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.decision.TechnicalCommittee.*;

/** The rules of a decision, one behaviour per test, on the Hauts-de-France technical committee. */
class DecisionTest {

    private static final List<String> NAMED = List.of("Étude A", "Étude B", "Étude C");

    private FixtureConfiguration<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // Opening

    @Test
    void officerOpensWithStandardOptionsHalfQuorumAndSimpleMajority() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(open(DecisionMode.ASYNCHRONOUS, DEADLINE), as(OFFICER_59))
               .expectSuccessfulHandlerExecution()
               .expectEvents(OPENED);
    }

    @Test
    void administratorWhoDoesNotSitInTheBodyOpensToo() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(open(DecisionMode.LIVE, null), as(ADMINISTRATOR))
               .expectEvents(OPENED_LIVE);
    }

    @Test
    void aDirectorMayNotOpen() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(open(DecisionMode.ASYNCHRONOUS, DEADLINE), as(DIRECTOR_02))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.MANAGER_REQUIRED, null));
    }

    @Test
    void someoneOfAnotherCooperationIsToldItDoesNotExist() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(open(DecisionMode.ASYNCHRONOUS, DEADLINE), fromAnotherCooperation(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.NOT_FOUND, null));
    }

    @Test
    void refusesAnEmptyQuestion() {
        OpenDecisionCommand blank = new OpenDecisionCommand(DECISION_ID, COOPERATION_ID, BODY_ID, "  ", null, null, null,
                                                            null, null, DecisionMode.LIVE, null, null, false);
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW).when(blank, as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.QUESTION_REQUIRED, "question"));
    }

    @Test
    void refusesADeadlineInThePast() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(open(DecisionMode.ASYNCHRONOUS, NOW.minusSeconds(60)), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.DEADLINE_TOO_SOON, "deadline"));
    }

    @Test
    void refusesADeadlineLessThanAnHourAway() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(open(DecisionMode.ASYNCHRONOUS, NOW.plus(Duration.ofMinutes(59))), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.DEADLINE_TOO_SOON, "deadline"));
    }

    @Test
    void takesADeadlineExactlyAnHourAway() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(open(DecisionMode.ASYNCHRONOUS, NOW.plus(Duration.ofHours(1))), as(OFFICER_59))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void anArbitrationNeedsADeadline() {
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW)
               .when(open(DecisionMode.ASYNCHRONOUS, null), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.DEADLINE_REQUIRED, "deadline"));
    }

    @Test
    void refusesOptionsNamedTwice() {
        OpenDecisionCommand twice = new OpenDecisionCommand(DECISION_ID, COOPERATION_ID, BODY_ID, "Quelle étude ?", null,
                List.of("Étude A", "étude a"), null, null, null, DecisionMode.LIVE, null, null, false);
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW).when(twice, as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.OPTIONS_INVALID, "options"));
    }

    @Test
    void refusesAQuorumAboveTheVotingCentres() {
        OpenDecisionCommand tooMany = new OpenDecisionCommand(DECISION_ID, COOPERATION_ID, BODY_ID, "Valider ?", null,
                null, null, 6, null, DecisionMode.LIVE, null, null, false);
        fixture.givenNoPriorActivity().andGivenCurrentTime(NOW).when(tooMany, as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.QUORUM_INVALID, "quorum"));
    }

    // Votes

    @Test
    void aDirectorVotesForTheirCentre() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "Pour"), as(DIRECTOR_02))
               .expectEvents(new VoteCastEvent(DECISION_ID, "cdg-02", DIRECTOR_02, "pour"));
    }

    @Test
    void twoMembersOfOneCentreTheLastVoteCounts() {
        fixture.given(OPENED, new VoteCastEvent(DECISION_ID, "cdg-60", DIRECTOR_60, "pour"),
                      new VoteCastEvent(DECISION_ID, "cdg-60", DEPUTY_60, "contre"),
                      new VoteCastEvent(DECISION_ID, "cdg-02", DIRECTOR_02, "contre"),
                      new VoteCastEvent(DECISION_ID, "cdg-62", DIRECTOR_62, "pour"))
               .andGivenCurrentTime(DEADLINE)
               .when(new CloseDecisionCommand(DECISION_ID), AS_SYSTEM)
               .expectEvents(closed(ClosingReason.DEADLINE, 1, 2, 0, 3, DecisionOutcome.REJECTED, null));
    }

    @Test
    void aVoteChangesUntilTheClose() {
        fixture.given(OPENED, new VoteCastEvent(DECISION_ID, "cdg-02", DIRECTOR_02, "contre")).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "pour"), as(DIRECTOR_02))
               .expectEvents(new VoteCastEvent(DECISION_ID, "cdg-02", DIRECTOR_02, "pour"));
    }

    @Test
    void theSameVoteAgainChangesNothing() {
        fixture.given(OPENED, new VoteCastEvent(DECISION_ID, "cdg-02", DIRECTOR_02, "pour")).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "pour"), as(DIRECTOR_02))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void refusesAnOptionNotOffered() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "peut-être"), as(DIRECTOR_02))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.OPTION_UNKNOWN, "option"));
    }

    @Test
    void aPartnerDoesNotVoteUnlessTheRuleSaysSo() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "pour"), as(PARTNER))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.NOT_A_VOTER, null));
    }

    @Test
    void someoneWhoDoesNotSitInTheBodyIsToldItDoesNotExist() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "pour"), as(REFERENT_62))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.NOT_FOUND, null));
    }

    @Test
    void anAdministratorOutsideTheBodyHasNoVote() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "pour"), as(ADMINISTRATOR))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.NOT_A_VOTER, null));
    }

    @Test
    void refusesAVoteAfterTheClose() {
        fixture.given(OPENED, closed(ClosingReason.DEADLINE, 0, 0, 0, 0, DecisionOutcome.NO_QUORUM, null))
               .andGivenCurrentTime(DEADLINE)
               .when(new CastVoteCommand(DECISION_ID, "pour"), as(DIRECTOR_02))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.CLOSED, null));
    }

    // Delegates

    @Test
    void aDirectorDesignatesAPersonOfTheirCentreWhoThenVotesForIt() {
        fixture.given(OPENED, new DelegateDesignatedEvent(DECISION_ID, "cdg-62", REFERENT_62)).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "contre"), as(REFERENT_62))
               .expectEvents(new VoteCastEvent(DECISION_ID, "cdg-62", REFERENT_62, "contre"));
    }

    @Test
    void theDesignationIsAnEvent() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new DesignateDelegateCommand(DECISION_ID, REFERENT_62), as(DIRECTOR_62))
               .expectEvents(new DelegateDesignatedEvent(DECISION_ID, "cdg-62", REFERENT_62));
    }

    @Test
    void aDelegateMustBeOfTheDirectorsCentre() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new DesignateDelegateCommand(DECISION_ID, REFERENT_62), as(DIRECTOR_02))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.DELEGATE_NOT_OF_CENTRE, "delegateId"));
    }

    @Test
    void aRevokedDelegateVotesNoMore() {
        fixture.given(OPENED, new DelegateDesignatedEvent(DECISION_ID, "cdg-62", REFERENT_62),
                      new DelegateRevokedEvent(DECISION_ID, "cdg-62", REFERENT_62)).andGivenCurrentTime(NOW)
               .when(new CastVoteCommand(DECISION_ID, "pour"), as(REFERENT_62))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.NOT_FOUND, null));
    }

    @Test
    void theDirectorRevokesTheDelegation() {
        fixture.given(OPENED, new DelegateDesignatedEvent(DECISION_ID, "cdg-62", REFERENT_62)).andGivenCurrentTime(NOW)
               .when(new RevokeDelegateCommand(DECISION_ID), as(DIRECTOR_62))
               .expectEvents(new DelegateRevokedEvent(DECISION_ID, "cdg-62", REFERENT_62));
    }

    // Close and outcome

    @Test
    void closesAtTheDeadlineAdoptedOnMorePourThanContre() {
        fixture.given(OPENED, vote("cdg-02", "pour"), vote("cdg-59", "pour"), vote("cdg-60", "contre"))
               .andGivenCurrentTime(DEADLINE)
               .when(new CloseDecisionCommand(DECISION_ID), AS_SYSTEM)
               .expectEvents(closed(ClosingReason.DEADLINE, 2, 1, 0, 3, DecisionOutcome.ADOPTED, "pour"));
    }

    @Test
    void belowTheQuorumNothingIsDecided() {
        fixture.given(OPENED, vote("cdg-02", "pour"), vote("cdg-59", "pour"))
               .andGivenCurrentTime(DEADLINE)
               .when(new CloseDecisionCommand(DECISION_ID), AS_SYSTEM)
               .expectEvents(closed(ClosingReason.DEADLINE, 2, 0, 0, 2, DecisionOutcome.NO_QUORUM, null));
    }

    @Test
    void abstentionsCountTowardsTheQuorumNotTheMajority() {
        fixture.given(OPENED, vote("cdg-02", "pour"), vote("cdg-59", "abstention"), vote("cdg-60", "abstention"))
               .andGivenCurrentTime(DEADLINE)
               .when(new CloseDecisionCommand(DECISION_ID), AS_SYSTEM)
               .expectEvents(closed(ClosingReason.DEADLINE, 1, 0, 2, 3, DecisionOutcome.ADOPTED, "pour"));
    }

    @Test
    void aTieIsRejected() {
        fixture.given(OPENED, vote("cdg-02", "pour"), vote("cdg-59", "contre"), vote("cdg-60", "abstention"))
               .andGivenCurrentTime(DEADLINE)
               .when(new CloseDecisionCommand(DECISION_ID), AS_SYSTEM)
               .expectEvents(closed(ClosingReason.DEADLINE, 1, 1, 1, 3, DecisionOutcome.REJECTED, null));
    }

    @Test
    void twoThirdsAdoptsAtTwoPourForOneContre() {
        DecisionOpenedEvent twoThirds = opened(DecisionMode.ASYNCHRONOUS, DEADLINE, 3, Majority.TWO_THIRDS,
                                               DecisionOptions.STANDARD);
        fixture.given(twoThirds, vote("cdg-02", "pour"), vote("cdg-59", "pour"), vote("cdg-60", "contre"))
               .andGivenCurrentTime(DEADLINE)
               .when(new CloseDecisionCommand(DECISION_ID), AS_SYSTEM)
               .expectEvents(closed(ClosingReason.DEADLINE, 2, 1, 0, 3, DecisionOutcome.ADOPTED, "pour"));
    }

    @Test
    void twoThirdsRejectsAtThreePourForTwoContre() {
        DecisionOpenedEvent twoThirds = opened(DecisionMode.ASYNCHRONOUS, DEADLINE, 3, Majority.TWO_THIRDS,
                                               DecisionOptions.STANDARD);
        fixture.given(twoThirds, vote("cdg-02", "pour"), vote("cdg-59", "pour"), vote("cdg-60", "pour"),
                      vote("cdg-62", "contre"), vote("cdg-80", "contre"))
               .andGivenCurrentTime(NOW)
               .when(new CloseDecisionCommand(DECISION_ID), as(OFFICER_59))
               .expectEvents(closed(ClosingReason.ALL_VOTED, 3, 2, 0, 5, DecisionOutcome.REJECTED, null));
    }

    @Test
    void namedOptionsAdoptTheOneWithMostVotes() {
        DecisionOpenedEvent named = opened(DecisionMode.LIVE, null, 3, Majority.SIMPLE, NAMED);
        fixture.given(named, vote("cdg-02", "Étude B"), vote("cdg-59", "Étude B"), vote("cdg-60", "Étude A"))
               .andGivenCurrentTime(NOW)
               .when(new CloseDecisionCommand(DECISION_ID), as(OFFICER_59))
               .expectEvents(new DecisionClosedEvent(DECISION_ID, COOPERATION_ID, BODY_ID, "CT", ClosingReason.AT_MEETING,
                       List.of(new OptionCount("Étude A", 1), new OptionCount("Étude B", 2), new OptionCount("Étude C", 0)),
                       3, 5, 3, DecisionOutcome.ADOPTED, "Étude B"));
    }

    @Test
    void earlyCloseWhenEveryCentreVoted() {
        fixture.given(OPENED, vote("cdg-02", "pour"), vote("cdg-59", "pour"), vote("cdg-60", "pour"),
                      vote("cdg-62", "contre"), vote("cdg-80", "abstention"))
               .andGivenCurrentTime(NOW)
               .when(new CloseDecisionCommand(DECISION_ID), as(OFFICER_59))
               .expectEvents(closed(ClosingReason.ALL_VOTED, 3, 1, 1, 5, DecisionOutcome.ADOPTED, "pour"));
    }

    @Test
    void noEarlyCloseWhileACentreHasNotVoted() {
        fixture.given(OPENED, vote("cdg-02", "pour"), vote("cdg-59", "pour"), vote("cdg-60", "pour"),
                      vote("cdg-62", "contre"))
               .andGivenCurrentTime(NOW)
               .when(new CloseDecisionCommand(DECISION_ID), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.NOT_ALL_VOTED, null));
    }

    @Test
    void aDirectorMayNotClose() {
        fixture.given(OPENED).andGivenCurrentTime(DEADLINE)
               .when(new CloseDecisionCommand(DECISION_ID), as(DIRECTOR_02))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.MANAGER_REQUIRED, null));
    }

    @Test
    void frozenAfterTheClose() {
        fixture.given(OPENED, closed(ClosingReason.DEADLINE, 0, 0, 0, 0, DecisionOutcome.NO_QUORUM, null))
               .andGivenCurrentTime(DEADLINE)
               .when(new CloseDecisionCommand(DECISION_ID), AS_SYSTEM)
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.CLOSED, null));
    }

    @Test
    void noDesignationAfterTheClose() {
        fixture.given(OPENED, closed(ClosingReason.DEADLINE, 0, 0, 0, 0, DecisionOutcome.NO_QUORUM, null))
               .andGivenCurrentTime(DEADLINE)
               .when(new DesignateDelegateCommand(DECISION_ID, REFERENT_62), as(DIRECTOR_62))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.CLOSED, null));
    }

    // Annulment

    @Test
    void theOfficerAnnulsAClosedDecisionWithAReason() {
        fixture.given(OPENED, closed(ClosingReason.DEADLINE, 0, 0, 0, 0, DecisionOutcome.NO_QUORUM, null))
               .andGivenCurrentTime(DEADLINE)
               .when(new AnnulDecisionCommand(DECISION_ID, "  Question mal posée. "), as(OFFICER_59))
               .expectEvents(new DecisionAnnulledEvent(DECISION_ID, COOPERATION_ID, BODY_ID, "Question mal posée."));
    }

    @Test
    void anAnnulmentNeedsAReason() {
        fixture.given(OPENED, closed(ClosingReason.DEADLINE, 0, 0, 0, 0, DecisionOutcome.NO_QUORUM, null))
               .andGivenCurrentTime(DEADLINE)
               .when(new AnnulDecisionCommand(DECISION_ID, " "), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.REASON_REQUIRED, "reason"));
    }

    @Test
    void anOpenDecisionIsNotAnnulled() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new AnnulDecisionCommand(DECISION_ID, "Erreur"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.NOT_CLOSED, null));
    }

    @Test
    void annulledOnce() {
        fixture.given(OPENED, closed(ClosingReason.DEADLINE, 0, 0, 0, 0, DecisionOutcome.NO_QUORUM, null),
                      new DecisionAnnulledEvent(DECISION_ID, COOPERATION_ID, BODY_ID, "Erreur"))
               .andGivenCurrentTime(DEADLINE)
               .when(new AnnulDecisionCommand(DECISION_ID, "Encore"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.ANNULLED, null));
    }

    @Test
    void aDirectorMayNotAnnul() {
        fixture.given(OPENED, closed(ClosingReason.DEADLINE, 0, 0, 0, 0, DecisionOutcome.NO_QUORUM, null))
               .andGivenCurrentTime(DEADLINE)
               .when(new AnnulDecisionCommand(DECISION_ID, "Erreur"), as(DIRECTOR_02))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.MANAGER_REQUIRED, null));
    }

    // Votes recorded at the meeting

    @Test
    void theOfficerRecordsAPresentCentresVoteAtTheMeeting() {
        fixture.given(OPENED_LIVE).andGivenCurrentTime(NOW)
               .when(new RecordCentreVoteCommand(DECISION_ID, "cdg-80", "Contre"), as(OFFICER_59))
               .expectEvents(new CentreVoteRecordedEvent(DECISION_ID, "cdg-80", OFFICER_59, "contre"));
    }

    @Test
    void aRecordedVoteCountsAtTheCloseAndACentresOwnVoteReplacesIt() {
        fixture.given(OPENED_LIVE, new CentreVoteRecordedEvent(DECISION_ID, "cdg-80", OFFICER_59, "contre"),
                      new CentreVoteRecordedEvent(DECISION_ID, "cdg-02", OFFICER_59, "pour"),
                      vote("cdg-80", "pour"), vote("cdg-59", "pour"))
               .andGivenCurrentTime(NOW)
               .when(new CloseDecisionCommand(DECISION_ID), as(OFFICER_59))
               .expectEvents(closed(ClosingReason.AT_MEETING, 3, 0, 0, 3, DecisionOutcome.ADOPTED, "pour"));
    }

    @Test
    void noRecordedVoteInAnArbitration() {
        fixture.given(OPENED).andGivenCurrentTime(NOW)
               .when(new RecordCentreVoteCommand(DECISION_ID, "cdg-80", "pour"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.NOT_AT_MEETING, null));
    }

    @Test
    void aDirectorRecordsNoVoteForAnotherCentre() {
        fixture.given(OPENED_LIVE).andGivenCurrentTime(NOW)
               .when(new RecordCentreVoteCommand(DECISION_ID, "cdg-80", "pour"), as(DIRECTOR_02))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.MANAGER_REQUIRED, null));
    }

    @Test
    void aRecordedVoteIsForACentreThatVotes() {
        fixture.given(OPENED_LIVE).andGivenCurrentTime(NOW)
               .when(new RecordCentreVoteCommand(DECISION_ID, "cnfpt", "pour"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.CENTRE_NOT_VOTING, "organisationId"));
    }

    @Test
    void noRecordedVoteAfterTheClose() {
        fixture.given(OPENED_LIVE, closed(ClosingReason.AT_MEETING, 0, 0, 0, 0, DecisionOutcome.NO_QUORUM, null))
               .andGivenCurrentTime(NOW)
               .when(new RecordCentreVoteCommand(DECISION_ID, "cdg-80", "pour"), as(OFFICER_59))
               .expectNoEvents().expectException(ruleViolation(DecisionRefusal.CLOSED, null));
    }

    private static VoteCastEvent vote(String organisationId, String option) {
        return new VoteCastEvent(DECISION_ID, organisationId, "person-of-" + organisationId, option);
    }

    private static DecisionClosedEvent closed(ClosingReason reason, int pour, int contre, int abstention, int voted,
                                              DecisionOutcome outcome, String adopted) {
        return new DecisionClosedEvent(DECISION_ID, COOPERATION_ID, BODY_ID, "CT", reason,
                                       List.of(new OptionCount("pour", pour), new OptionCount("contre", contre),
                                               new OptionCount("abstention", abstention)),
                                       voted, 5, 3, outcome, adopted);
    }

}
