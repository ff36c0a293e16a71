package fr.entente.meeting;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.meeting.api.ActionItemRecordedEvent;
import fr.entente.meeting.api.AttendanceRecordedEvent;
import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.ChangeProposalOutcomeCommand;
import fr.entente.meeting.api.CurrentAgendaItemChangedEvent;
import fr.entente.meeting.api.EndMeetingCommand;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.ProposalPutToVoteEvent;
import fr.entente.meeting.api.ProposalVotedEvent;
import fr.entente.meeting.api.PutProposalToVoteCommand;
import fr.entente.meeting.api.RecordProposalVoteCommand;
import fr.entente.meeting.api.MoveToAgendaItemCommand;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.ProposalOutcomeChangedEvent;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.RecordActionItemCommand;
import fr.entente.meeting.api.AttendanceEntry;
import fr.entente.meeting.api.RecordAttendanceCommand;
import fr.entente.meeting.api.RecordAttendanceSheetCommand;
import fr.entente.meeting.api.RecordProposalCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.meeting.WorkingGroup.*;

/** The live meeting: attendance, the current item, the record of proposals and the actions. */
class MeetingLiveTest {

    private static final String PROPOSAL_ID = "proposal-rsu";
    private static final RecordProposalCommand PROPOSE = new RecordProposalCommand(MEETING_ID, PROPOSAL_ID, ITEM_ID,
            REFERENT_02, "cdg-02", "Publier un bilan régional des RSU", ProposalOutcome.ADOPTED, null);
    private static final ProposalRecordedEvent PROPOSED = new ProposalRecordedEvent(MEETING_ID, PROPOSAL_ID, ITEM_ID,
            REFERENT_02, "cdg-02", "Publier un bilan régional des RSU", ProposalOutcome.ADOPTED, null);
    private static final LocalDate DUE = LocalDate.of(2026, 9, 30);

    private final FixtureConfiguration<Meeting> fixture = meetingFixture();

    @Test
    void recordsAMemberPresent() {
        fixture.given(liveThen())
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.PRESENT, null), AS_OFFICER)
               .expectEvents(new AttendanceRecordedEvent(MEETING_ID, REFERENT_02, AttendanceStatus.PRESENT, null));
    }

    @Test
    void recordsAMemberRepresentedByAnother() {
        fixture.given(liveThen())
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.REPRESENTED, REFERENT_59), AS_OFFICER)
               .expectEvents(new AttendanceRecordedEvent(MEETING_ID, REFERENT_02, AttendanceStatus.REPRESENTED, REFERENT_59));
    }

    @Test
    void refusesARepresentedMemberWithoutRepresentative() {
        fixture.given(liveThen())
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.REPRESENTED, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.REPRESENTED_BY_INVALID, "representedBy"));
    }

    @Test
    void refusesARepresentativeForAPresentMember() {
        fixture.given(liveThen())
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.PRESENT, REFERENT_59), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.REPRESENTED_BY_INVALID, "representedBy"));
    }

    @Test
    void refusesTheAttendanceOfAPersonOutsideTheBody() {
        fixture.given(liveThen())
               .when(new RecordAttendanceCommand(MEETING_ID, DIRECTOR, AttendanceStatus.PRESENT, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PERSON_NOT_IN_BODY, "personId"));
    }

    @Test
    void recordsNothingWhenTheAttendanceIsUnchanged() {
        fixture.given(liveThen(new AttendanceRecordedEvent(MEETING_ID, REFERENT_02, AttendanceStatus.EXCUSED, null)))
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.EXCUSED, null), AS_OFFICER)
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void recordsTheLinesOfAnAttendanceSheetThatChangeSomething() {
        fixture.given(liveThen(new AttendanceRecordedEvent(MEETING_ID, REFERENT_02, AttendanceStatus.EXCUSED, null)))
               .when(new RecordAttendanceSheetCommand(MEETING_ID, List.of(
                             new AttendanceEntry(REFERENT_02, AttendanceStatus.EXCUSED, null),
                             new AttendanceEntry(REFERENT_59, AttendanceStatus.REPRESENTED, CONVENOR),
                             new AttendanceEntry(CONVENOR, AttendanceStatus.PRESENT, null),
                             new AttendanceEntry(OFFICER, null, null))), AS_OFFICER)
               .expectEvents(new AttendanceRecordedEvent(MEETING_ID, REFERENT_59, AttendanceStatus.REPRESENTED, CONVENOR),
                             new AttendanceRecordedEvent(MEETING_ID, CONVENOR, AttendanceStatus.PRESENT, null));
    }

    @Test
    void refusesAWholeSheetForOneWrongLineNamingThatLine() {
        fixture.given(liveThen())
               .when(new RecordAttendanceSheetCommand(MEETING_ID, List.of(
                             new AttendanceEntry(REFERENT_02, AttendanceStatus.PRESENT, null),
                             new AttendanceEntry(REFERENT_59, AttendanceStatus.EXCUSED, CONVENOR))), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.REPRESENTED_BY_INVALID, "entries[1].representedBy"))
               .expectNoEvents();
    }

    @Test
    void refusesASheetNamingAMemberTwice() {
        fixture.given(liveThen())
               .when(new RecordAttendanceSheetCommand(MEETING_ID, List.of(
                             new AttendanceEntry(REFERENT_02, AttendanceStatus.PRESENT, null),
                             new AttendanceEntry(REFERENT_02, AttendanceStatus.ABSENT, null))), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ATTENDANCE_PERSON_TWICE, "entries[1].personId"));
    }

    @Test
    void refusesASheetLineForAPersonOutsideTheBody() {
        fixture.given(liveThen())
               .when(new RecordAttendanceSheetCommand(MEETING_ID, List.of(
                             new AttendanceEntry(DIRECTOR, AttendanceStatus.PRESENT, null))), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PERSON_NOT_IN_BODY, "entries[0].personId"));
    }

    @Test
    void refusesAnAttendanceSheetFromAMemberWhoIsNotAManager() {
        fixture.given(liveThen())
               .when(new RecordAttendanceSheetCommand(MEETING_ID, List.of(
                             new AttendanceEntry(REFERENT_02, AttendanceStatus.PRESENT, null))), AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED, null));
    }

    @Test
    void refusesAttendanceBeforeTheMeetingStarts() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.PRESENT, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.NOT_STARTED, null));
    }

    @Test
    void correctsAttendanceAfterTheMeetingUntilTheMinutesAreDrafted() {
        fixture.given(liveThen(ENDED))
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.EXCUSED, null), AS_OFFICER)
               .expectEvents(new AttendanceRecordedEvent(MEETING_ID, REFERENT_02, AttendanceStatus.EXCUSED, null));
    }

    @Test
    void movesToAnAgendaItem() {
        fixture.given(liveThen()).when(new MoveToAgendaItemCommand(MEETING_ID, ITEM_ID), AS_CONVENOR)
               .expectEvents(new CurrentAgendaItemChangedEvent(MEETING_ID, ITEM_ID));
    }

    @Test
    void refusesMovingToAnItemNotOnTheAgenda() {
        fixture.given(liveThen()).when(new MoveToAgendaItemCommand(MEETING_ID, OTHER_ITEM_ID), AS_CONVENOR)
               .expectException(ruleViolation(MeetingRefusal.ITEM_UNKNOWN, "itemId"));
    }

    @Test
    void refusesMovingToAnItemBeforeTheMeetingStarts() {
        fixture.given(scheduledThen(RSU_ITEM)).when(new MoveToAgendaItemCommand(MEETING_ID, ITEM_ID), AS_CONVENOR)
               .expectException(ruleViolation(MeetingRefusal.NOT_STARTED, null));
    }

    @Test
    void recordsAProposalAndItsOutcome() {
        fixture.given(liveThen()).when(PROPOSE, AS_OFFICER).expectEvents(PROPOSED);
    }

    @Test
    void recordsAProposalReferredToAnotherBody() {
        fixture.given(liveThen())
               .when(new RecordProposalCommand(MEETING_ID, PROPOSAL_ID, ITEM_ID, null, "cdg-02", "Étude RSU",
                                               ProposalOutcome.REFERRED, "codir"), AS_OFFICER)
               .expectEvents(new ProposalRecordedEvent(MEETING_ID, PROPOSAL_ID, ITEM_ID, null, "cdg-02", "Étude RSU",
                                                       ProposalOutcome.REFERRED, "codir"));
    }

    @Test
    void refusesAReferredProposalWithoutTheBodyReferredTo() {
        fixture.given(liveThen())
               .when(new RecordProposalCommand(MEETING_ID, PROPOSAL_ID, ITEM_ID, REFERENT_02, null, "Étude RSU",
                                               ProposalOutcome.REFERRED, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.REFERRED_TO_INVALID, "referredToBodyId"));
    }

    @Test
    void refusesABodyReferredToForAnAdoptedProposal() {
        fixture.given(liveThen())
               .when(new RecordProposalCommand(MEETING_ID, PROPOSAL_ID, ITEM_ID, REFERENT_02, null, "Étude RSU",
                                               ProposalOutcome.ADOPTED, "codir"), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.REFERRED_TO_INVALID, "referredToBodyId"));
    }

    @Test
    void refusesAProposalWithoutProposer() {
        fixture.given(liveThen())
               .when(new RecordProposalCommand(MEETING_ID, PROPOSAL_ID, ITEM_ID, null, " ", "Étude RSU",
                                               ProposalOutcome.ADOPTED, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PROPOSER_REQUIRED, "proposedByPersonId"));
    }

    @Test
    void refusesAProposalAfterTheMeetingEnded() {
        fixture.given(liveThen(ENDED)).when(PROPOSE, AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ENDED, null));
    }

    @Test
    void correctsAProposalsOutcomeDuringTheMeeting() {
        fixture.given(liveThen(PROPOSED))
               .when(new ChangeProposalOutcomeCommand(MEETING_ID, PROPOSAL_ID, ProposalOutcome.DEFERRED, null), AS_OFFICER)
               .expectEvents(new ProposalOutcomeChangedEvent(MEETING_ID, PROPOSAL_ID, ProposalOutcome.DEFERRED, null));
    }

    @Test
    void refusesCorrectingAnOutcomeAfterTheMeetingEnded() {
        fixture.given(liveThen(PROPOSED, ENDED))
               .when(new ChangeProposalOutcomeCommand(MEETING_ID, PROPOSAL_ID, ProposalOutcome.DEFERRED, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ENDED, null));
    }

    @Test
    void refusesCorrectingAnUnknownProposal() {
        fixture.given(liveThen())
               .when(new ChangeProposalOutcomeCommand(MEETING_ID, "nope", ProposalOutcome.DEFERRED, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PROPOSAL_UNKNOWN, "proposalId"));
    }

    @Test
    void recordsAnActionOwnedByAnOrganisation() {
        fixture.given(liveThen())
               .when(new RecordActionItemCommand(MEETING_ID, "action-1", ITEM_ID, "Collecter les RSU", "cdg-02", null, DUE),
                     AS_OFFICER)
               .expectEvents(new ActionItemRecordedEvent(MEETING_ID, "action-1", ITEM_ID, "Collecter les RSU", "cdg-02",
                                                         null, DUE));
    }

    @Test
    void refusesAnActionWithTwoOwners() {
        fixture.given(liveThen())
               .when(new RecordActionItemCommand(MEETING_ID, "action-1", ITEM_ID, "Collecter", "cdg-02", REFERENT_02, DUE),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ACTION_OWNER_INVALID, "ownerOrganisationId"));
    }

    @Test
    void refusesAnActionWithoutOwner() {
        fixture.given(liveThen())
               .when(new RecordActionItemCommand(MEETING_ID, "action-1", ITEM_ID, "Collecter", null, null, DUE), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ACTION_OWNER_INVALID, "ownerOrganisationId"));
    }

    @Test
    void refusesAnActionBeforeTheMeetingStarts() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new RecordActionItemCommand(MEETING_ID, "action-1", ITEM_ID, "Collecter", "cdg-02", null, DUE),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.NOT_STARTED, null));
    }

    @Test
    void refusesAMemberRecordingAProposal() {
        fixture.given(liveThen()).when(PROPOSE, AS_REFERENT)
               .expectException(ruleViolation(Kind.NOT_ALLOWED, "meeting.officer-or-convenor-required", null));
    }

    // A proposal put to the body's vote: the decision's outcome becomes the proposal's.

    private static final String DECISION_ID = "decision-rsu";
    private static final ProposalPutToVoteEvent PUT_TO_VOTE = new ProposalPutToVoteEvent(MEETING_ID, PROPOSAL_ID, DECISION_ID);

    @Test
    void putsAProposalToTheVoteDuringTheMeeting() {
        fixture.given(liveThen(PROPOSED))
               .when(new PutProposalToVoteCommand(MEETING_ID, PROPOSAL_ID, DECISION_ID), AS_OFFICER)
               .expectEvents(PUT_TO_VOTE);
    }

    @Test
    void refusesAMemberPuttingAProposalToTheVote() {
        fixture.given(liveThen(PROPOSED))
               .when(new PutProposalToVoteCommand(MEETING_ID, PROPOSAL_ID, DECISION_ID), AS_REFERENT)
               .expectException(ruleViolation(Kind.NOT_ALLOWED, "meeting.officer-or-convenor-required", null));
    }

    @Test
    void refusesPuttingAnUnknownProposalToTheVote() {
        fixture.given(liveThen())
               .when(new PutProposalToVoteCommand(MEETING_ID, "nope", DECISION_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PROPOSAL_UNKNOWN, "proposalId"));
    }

    @Test
    void refusesPuttingAProposalToTheVoteAfterTheMeetingEnded() {
        fixture.given(liveThen(PROPOSED, ENDED))
               .when(new PutProposalToVoteCommand(MEETING_ID, PROPOSAL_ID, DECISION_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ENDED, null));
    }

    @Test
    void refusesASecondVoteWhileTheFirstIsOpen() {
        fixture.given(liveThen(PROPOSED, PUT_TO_VOTE))
               .when(new PutProposalToVoteCommand(MEETING_ID, PROPOSAL_ID, "another-decision"), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PROPOSAL_VOTE_OPEN, "proposalId"));
    }

    @Test
    void refusesCorrectingTheOutcomeOfAProposalUnderAVote() {
        fixture.given(liveThen(PROPOSED, PUT_TO_VOTE))
               .when(new ChangeProposalOutcomeCommand(MEETING_ID, PROPOSAL_ID, ProposalOutcome.DEFERRED, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PROPOSAL_VOTE_OPEN, "proposalId"));
    }

    @Test
    void doesNotEndWhileAVoteIsOpen() {
        fixture.given(liveThen(PROPOSED, PUT_TO_VOTE))
               .when(new EndMeetingCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.VOTE_OPEN, null));
    }

    @Test
    void takesTheOutcomeOfTheVoteFromTheHub() {
        fixture.given(liveThen(PROPOSED, PUT_TO_VOTE))
               .when(new RecordProposalVoteCommand(MEETING_ID, PROPOSAL_ID, DECISION_ID, ProposalOutcome.REJECTED), AS_SYSTEM)
               .expectEvents(new ProposalVotedEvent(MEETING_ID, PROPOSAL_ID, DECISION_ID, ProposalOutcome.REJECTED));
    }

    @Test
    void endsOnceTheVoteClosed() {
        fixture.given(liveThen(PROPOSED, PUT_TO_VOTE,
                               new ProposalVotedEvent(MEETING_ID, PROPOSAL_ID, DECISION_ID, ProposalOutcome.ADOPTED)))
               .when(new EndMeetingCommand(MEETING_ID), AS_OFFICER)
               .expectEvents(ENDED);
    }

    @Test
    void refusesAPersonGivingTheOutcomeOfAVote() {
        fixture.given(liveThen(PROPOSED, PUT_TO_VOTE))
               .when(new RecordProposalVoteCommand(MEETING_ID, PROPOSAL_ID, DECISION_ID, ProposalOutcome.ADOPTED), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.SYSTEM_ONLY, null));
    }

    @Test
    void refusesTheOutcomeOfAnotherDecision() {
        fixture.given(liveThen(PROPOSED, PUT_TO_VOTE))
               .when(new RecordProposalVoteCommand(MEETING_ID, PROPOSAL_ID, "another-decision", ProposalOutcome.ADOPTED), AS_SYSTEM)
               .expectException(ruleViolation(MeetingRefusal.PROPOSAL_NOT_UNDER_VOTE, "decisionId"));
    }

    @Test
    void acknowledgesTheSameOutcomeToldAgainWithoutAnEvent() {
        fixture.given(liveThen(PROPOSED, PUT_TO_VOTE,
                               new ProposalVotedEvent(MEETING_ID, PROPOSAL_ID, DECISION_ID, ProposalOutcome.ADOPTED)))
               .when(new RecordProposalVoteCommand(MEETING_ID, PROPOSAL_ID, DECISION_ID, ProposalOutcome.ADOPTED), AS_SYSTEM)
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
