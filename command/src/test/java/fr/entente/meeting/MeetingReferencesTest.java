package fr.entente.meeting;

import fr.entente.meeting.api.AttendanceStatus;
import fr.entente.meeting.api.ChangeProposalOutcomeCommand;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.ProposalOutcome;
import fr.entente.meeting.api.ProposalRecordedEvent;
import fr.entente.meeting.api.RecordActionItemCommand;
import fr.entente.meeting.api.RecordAttendanceCommand;
import fr.entente.meeting.api.RecordProposalCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.meeting.WorkingGroup.*;

/**
 * Every identifier a live meeting's record names is of the meeting's cooperation (and of its body, for attendance):
 * one from another cooperation is refused like one that exists nowhere, and nothing is recorded.
 */
class MeetingReferencesTest {

    /** Someone of another cooperation, an organisation and a body of another cooperation. */
    private static final String BRETON = "person-referent-35";
    private static final String BRETON_CENTRE = "cdg-35";
    private static final String BRETON_BODY = "groupe-de-travail-bzh";
    private static final LocalDate DUE = LocalDate.of(2026, 9, 30);
    private static final String PROPOSAL_ID = "proposal-rsu";

    private final FixtureConfiguration<Meeting> fixture = meetingFixture();

    @Test
    void refusesAProposerFromAnotherCooperation() {
        fixture.given(liveThen())
               .when(new RecordProposalCommand(MEETING_ID, PROPOSAL_ID, ITEM_ID, BRETON, null, "Étude",
                                               ProposalOutcome.ADOPTED, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PERSON_NOT_IN_COOPERATION, "proposedByPersonId"));
    }

    @Test
    void refusesAProposingOrganisationOfAnotherCooperation() {
        fixture.given(liveThen())
               .when(new RecordProposalCommand(MEETING_ID, PROPOSAL_ID, ITEM_ID, null, BRETON_CENTRE, "Étude",
                                               ProposalOutcome.ADOPTED, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ORGANISATION_NOT_IN_COOPERATION, "proposedByOrganisationId"));
    }

    @Test
    void refusesReferringAProposalToABodyOfAnotherCooperation() {
        fixture.given(liveThen())
               .when(new RecordProposalCommand(MEETING_ID, PROPOSAL_ID, ITEM_ID, REFERENT_02, null, "Étude",
                                               ProposalOutcome.REFERRED, BRETON_BODY), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.BODY_NOT_IN_COOPERATION, "referredToBodyId"));
    }

    @Test
    void refusesChangingAnOutcomeToABodyOfAnotherCooperation() {
        fixture.given(liveThen(new ProposalRecordedEvent(MEETING_ID, PROPOSAL_ID, ITEM_ID, REFERENT_02, null, "Étude",
                                                         ProposalOutcome.ADOPTED, null)))
               .when(new ChangeProposalOutcomeCommand(MEETING_ID, PROPOSAL_ID, ProposalOutcome.REFERRED, BRETON_BODY),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.BODY_NOT_IN_COOPERATION, "referredToBodyId"));
    }

    @Test
    void refusesAnActionOwnedBySomeoneOfAnotherCooperation() {
        fixture.given(liveThen())
               .when(new RecordActionItemCommand(MEETING_ID, "action-1", ITEM_ID, "Collecter", null, BRETON, DUE),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PERSON_NOT_IN_COOPERATION, "ownerPersonId"));
    }

    @Test
    void refusesAnActionOwnedByAnOrganisationOfAnotherCooperation() {
        fixture.given(liveThen())
               .when(new RecordActionItemCommand(MEETING_ID, "action-1", ITEM_ID, "Collecter", BRETON_CENTRE, null, DUE),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ORGANISATION_NOT_IN_COOPERATION, "ownerOrganisationId"));
    }

    @Test
    void refusesARepresentativeWhoDoesNotSitInTheBody() {
        fixture.given(liveThen())
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.REPRESENTED, DIRECTOR),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PERSON_NOT_IN_BODY, "representedBy"));
    }

    @Test
    void refusesARepresentativeOfAnotherCooperation() {
        fixture.given(liveThen())
               .when(new RecordAttendanceCommand(MEETING_ID, REFERENT_02, AttendanceStatus.REPRESENTED, BRETON),
                     AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.PERSON_NOT_IN_BODY, "representedBy"));
    }

    @Test
    void refusesADueDateOutsideTheYearsMeetingsAreHeld() {
        fixture.given(liveThen())
               .when(new RecordActionItemCommand(MEETING_ID, "action-1", ITEM_ID, "Collecter", "cdg-02", null,
                                                 LocalDate.of(10_000, 1, 1)), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.DATE_OUT_OF_RANGE, "dueDate"));
    }
}
