package fr.entente.meeting;

import fr.entente.meeting.api.ApproveMinutesAmendmentCommand;
import fr.entente.meeting.api.ApproveMinutesCommand;
import fr.entente.meeting.api.DraftMinutesCommand;
import fr.entente.meeting.api.EditMinutesCommand;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.MinutesAmendmentApprovedEvent;
import fr.entente.meeting.api.MinutesAmendmentProposedEvent;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.MinutesApprovedEvent;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.MinutesEditedEvent;
import fr.entente.meeting.api.MinutesPublishedEvent;
import fr.entente.meeting.api.MinutesSubmittedEvent;
import fr.entente.meeting.api.NoteBlockSavedEvent;
import fr.entente.meeting.api.NoteEditConflictedEvent;
import fr.entente.meeting.api.ProposeMinutesAmendmentCommand;
import fr.entente.meeting.api.PublishMinutesCommand;
import fr.entente.meeting.api.SubmitMinutesCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.meeting.WorkingGroup.*;

/** The minutes: drafted from the live record, edited, submitted, approved (then frozen), published, amended. */
class MeetingMinutesTest {

    private static final MinutesDraftedEvent DRAFTED = new MinutesDraftedEvent(MEETING_ID, 1, "# CR\n");
    private static final MinutesEditedEvent EDITED = new MinutesEditedEvent(MEETING_ID, 2, "# CR\n\nRelu.");
    private static final MinutesSubmittedEvent SUBMITTED = new MinutesSubmittedEvent(MEETING_ID, 2);
    private static final MinutesApprovedEvent APPROVED =
            new MinutesApprovedEvent(MEETING_ID, 2, MinutesApprovalMode.CONVENOR, null);
    private static final MinutesAmendmentProposedEvent AMENDMENT_PROPOSED =
            new MinutesAmendmentProposedEvent(MEETING_ID, "amendment-1", "Lire 93 % au lieu de 92 %.");

    private final FixtureConfiguration<Meeting> fixture = meetingFixture();

    @Test
    void refusesDraftingTheMinutesOfAMeetingNotEnded() {
        fixture.given(liveThen()).when(new DraftMinutesCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.NOT_ENDED, null));
    }

    @Test
    void draftsTheMinutesFromTheAgendaAndTheNotesInReadingOrder() {
        fixture.given(liveThen(CONCOURS_ITEM,
                               new NoteBlockSavedEvent(MEETING_ID, ITEM_ID, "b1", 1, "Taux de retour : 92 %.", REFERENT_59),
                               new NoteBlockSavedEvent(MEETING_ID, OTHER_ITEM_ID, "b2", 1, "Données 2025 reçues.", OFFICER),
                               new NoteBlockSavedEvent(MEETING_ID, ITEM_ID, "b3", 1, "Bilan à publier.", OFFICER),
                               new NoteEditConflictedEvent(MEETING_ID, ITEM_ID, "b1", "b1~1", "Retour : 92 %", OFFICER, 0, 1),
                               ENDED))
               .when(new DraftMinutesCommand(MEETING_ID), AS_OFFICER)
               .expectEvents(new MinutesDraftedEvent(MEETING_ID, 1, """
                       # Groupe de travail de l'observatoire – 9 juin 2026

                       ## 1. Bilan des RSU 2025

                       Taux de retour : 92 %.

                       Retour : 92 %

                       Bilan à publier.

                       ## 2. Données des concours

                       Données 2025 reçues.
                       """));
    }

    @Test
    void refusesDraftingTheMinutesTwice() {
        fixture.given(liveThen(ENDED, DRAFTED)).when(new DraftMinutesCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.MINUTES_DRAFTED, null));
    }

    @Test
    void editsTheMinutesOverTheCurrentVersion() {
        fixture.given(liveThen(ENDED, DRAFTED)).when(new EditMinutesCommand(MEETING_ID, 1, "# CR\n\nRelu."), AS_OFFICER)
               .expectEvents(EDITED);
    }

    @Test
    void refusesAnEditOverAStaleVersion() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED)).when(new EditMinutesCommand(MEETING_ID, 1, "autre"), AS_CONVENOR)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.MINUTES_STALE, "baseVersion"));
    }

    @Test
    void refusesAMemberEditingTheMinutes() {
        fixture.given(liveThen(ENDED, DRAFTED)).when(new EditMinutesCommand(MEETING_ID, 1, "texte"), AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED, null));
    }

    @Test
    void submitsTheMinutes() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED)).when(new SubmitMinutesCommand(MEETING_ID), AS_OFFICER)
               .expectEvents(SUBMITTED);
    }

    @Test
    void anEditAfterSubmissionWaitsToBeSubmittedAgain() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED,
                               new MinutesEditedEvent(MEETING_ID, 3, "# CR v3")))
               .when(new ApproveMinutesCommand(MEETING_ID, MinutesApprovalMode.CONVENOR, null), AS_CONVENOR)
               .expectException(ruleViolation(MeetingRefusal.MINUTES_NOT_SUBMITTED, null));
    }

    @Test
    void theConvenorApprovesSubmittedMinutes() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED))
               .when(new ApproveMinutesCommand(MEETING_ID, MinutesApprovalMode.CONVENOR, null), AS_CONVENOR)
               .expectEvents(APPROVED);
    }

    @Test
    void refusesMinutesApprovedBeforeTheyAreSubmitted() {
        fixture.given(liveThen(ENDED, DRAFTED))
               .when(new ApproveMinutesCommand(MEETING_ID, MinutesApprovalMode.CONVENOR, null), AS_CONVENOR)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.MINUTES_NOT_SUBMITTED, null));
    }

    @Test
    void refusesTheOfficerApprovingAsConvenor() {
        fixture.given(liveThen(ENDED, DRAFTED, SUBMITTED))
               .when(new ApproveMinutesCommand(MEETING_ID, MinutesApprovalMode.CONVENOR, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.CONVENOR_REQUIRED, null));
    }

    @Test
    void theOfficerRecordsTheBodysApprovalAtALaterLiveMeeting() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED))
               .when(new ApproveMinutesCommand(MEETING_ID, MinutesApprovalMode.BODY_AT_MEETING, LIVE_MEETING_ID), AS_OFFICER)
               .expectEvents(new MinutesApprovedEvent(MEETING_ID, 2, MinutesApprovalMode.BODY_AT_MEETING, LIVE_MEETING_ID));
    }

    @Test
    void refusesTheBodysApprovalAtAMeetingThatIsNotLive() {
        fixture.given(liveThen(ENDED, DRAFTED, SUBMITTED))
               .when(new ApproveMinutesCommand(MEETING_ID, MinutesApprovalMode.BODY_AT_MEETING, "gt-2026-09-08"), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.APPROVAL_MEETING_NOT_LIVE,
                                              "atMeetingId"));
    }

    @Test
    void refusesTheBodysApprovalWithoutTheMeetingItHappensAt() {
        fixture.given(liveThen(ENDED, DRAFTED, SUBMITTED))
               .when(new ApproveMinutesCommand(MEETING_ID, MinutesApprovalMode.BODY_AT_MEETING, null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.APPROVAL_MEETING_REQUIRED, "atMeetingId"));
    }

    @Test
    void approvedMinutesAreFrozen() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED, APPROVED))
               .when(new EditMinutesCommand(MEETING_ID, 2, "changement"), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.MINUTES_FROZEN, null));
    }

    @Test
    void publishesApprovedMinutes() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED, APPROVED))
               .when(new PublishMinutesCommand(MEETING_ID), AS_OFFICER)
               .expectEvents(new MinutesPublishedEvent(MEETING_ID, 2));
    }

    @Test
    void refusesPublishingMinutesNotApproved() {
        fixture.given(liveThen(ENDED, DRAFTED, SUBMITTED)).when(new PublishMinutesCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.MINUTES_NOT_APPROVED, null));
    }

    @Test
    void proposesAnAmendmentToApprovedMinutes() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED, APPROVED))
               .when(new ProposeMinutesAmendmentCommand(MEETING_ID, "amendment-1", "Lire 93 % au lieu de 92 %."), AS_OFFICER)
               .expectEvents(AMENDMENT_PROPOSED);
    }

    @Test
    void refusesAnAmendmentToMinutesNotApproved() {
        fixture.given(liveThen(ENDED, DRAFTED))
               .when(new ProposeMinutesAmendmentCommand(MEETING_ID, "amendment-1", "Lire 93 %."), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.MINUTES_NOT_APPROVED, null));
    }

    @Test
    void theConvenorApprovesAnAmendment() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED, APPROVED, AMENDMENT_PROPOSED))
               .when(new ApproveMinutesAmendmentCommand(MEETING_ID, "amendment-1", MinutesApprovalMode.CONVENOR, null),
                     AS_CONVENOR)
               .expectEvents(new MinutesAmendmentApprovedEvent(MEETING_ID, "amendment-1", MinutesApprovalMode.CONVENOR, null));
    }

    @Test
    void refusesApprovingAnAmendmentTwice() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED, APPROVED, AMENDMENT_PROPOSED,
                               new MinutesAmendmentApprovedEvent(MEETING_ID, "amendment-1", MinutesApprovalMode.CONVENOR, null)))
               .when(new ApproveMinutesAmendmentCommand(MEETING_ID, "amendment-1", MinutesApprovalMode.CONVENOR, null),
                     AS_CONVENOR)
               .expectException(ruleViolation(MeetingRefusal.AMENDMENT_APPROVED, "amendmentId"));
    }

    @Test
    void refusesApprovingAnUnknownAmendment() {
        fixture.given(liveThen(ENDED, DRAFTED, EDITED, SUBMITTED, APPROVED))
               .when(new ApproveMinutesAmendmentCommand(MEETING_ID, "nope", MinutesApprovalMode.CONVENOR, null), AS_CONVENOR)
               .expectException(ruleViolation(MeetingRefusal.AMENDMENT_UNKNOWN, "amendmentId"));
    }
}
