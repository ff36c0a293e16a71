package fr.entente.meeting;

import fr.entente.meeting.api.AgendaItemDocumentAttachedEvent;
import fr.entente.meeting.api.AgendaItemDocumentDetachedEvent;
import fr.entente.meeting.api.AnnexDocumentToMinutesCommand;
import fr.entente.meeting.api.AttachDocumentToAgendaItemCommand;
import fr.entente.meeting.api.DetachDocumentFromAgendaItemCommand;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.MinutesAnnexAddedEvent;
import fr.entente.meeting.api.MinutesApprovalMode;
import fr.entente.meeting.api.MinutesApprovedEvent;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.MinutesSubmittedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.meeting.WorkingGroup.*;

/** The documents a meeting names: attachments of its agenda's items, annexes of its minutes. */
class MeetingDocumentLinksTest {

    private static final AgendaItemDocumentAttachedEvent ATTACHED =
            new AgendaItemDocumentAttachedEvent(MEETING_ID, ITEM_ID, SHARED_DOCUMENT);
    private static final MinutesDraftedEvent DRAFTED = new MinutesDraftedEvent(MEETING_ID, 1, "# CR\n");
    private static final MinutesSubmittedEvent SUBMITTED = new MinutesSubmittedEvent(MEETING_ID, 1);
    private static final MinutesApprovedEvent APPROVED =
            new MinutesApprovedEvent(MEETING_ID, 1, MinutesApprovalMode.CONVENOR, null);

    private final FixtureConfiguration<Meeting> fixture = meetingFixture();

    @Test
    void attachesADocumentEveryMemberReadsToAnItem() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, ITEM_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectEvents(ATTACHED);
    }

    @Test
    void attachingTheSameDocumentAgainChangesNothing() {
        fixture.given(scheduledThen(RSU_ITEM, ATTACHED))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, ITEM_ID, SHARED_DOCUMENT), AS_CONVENOR)
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void refusesAnAttachmentFromAMemberWhoDoesNotManageTheMeeting() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, ITEM_ID, SHARED_DOCUMENT), AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED, null));
    }

    @Test
    void refusesAnItemNotOnTheAgenda() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, OTHER_ITEM_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ITEM_UNKNOWN, "itemId"));
    }

    @Test
    void refusesADocumentUnknownOrOfAnotherCooperationAlike() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, ITEM_ID, "document-of-bretagne"), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.DOCUMENT_UNKNOWN, "documentId"));
    }

    @Test
    void refusesADocumentThePersonActingDoesNotReadAsUnknown() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, ITEM_ID, DRAFT_DOCUMENT), AS_CONVENOR)
               .expectException(ruleViolation(MeetingRefusal.DOCUMENT_UNKNOWN, "documentId"));
    }

    @Test
    void refusesADocumentSomeMemberOfTheBodyDoesNotRead() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, ITEM_ID, DRAFT_DOCUMENT), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.DOCUMENT_NOT_FOR_EVERY_MEMBER, "documentId"));
    }

    @Test
    void refusesAnAttachmentWithoutADocument() {
        fixture.given(scheduledThen(RSU_ITEM))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, ITEM_ID, " "), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.DOCUMENT_ID_REQUIRED, "documentId"));
    }

    @Test
    void refusesAnAttachmentOnceTheMeetingEnded() {
        fixture.given(liveThen(ENDED))
               .when(new AttachDocumentToAgendaItemCommand(MEETING_ID, ITEM_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ENDED, null));
    }

    @Test
    void detachesAnAttachedDocument() {
        fixture.given(scheduledThen(RSU_ITEM, ATTACHED))
               .when(new DetachDocumentFromAgendaItemCommand(MEETING_ID, ITEM_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectEvents(new AgendaItemDocumentDetachedEvent(MEETING_ID, ITEM_ID, SHARED_DOCUMENT));
    }

    @Test
    void refusesDetachingADocumentNotAttached() {
        fixture.given(scheduledThen(RSU_ITEM, ATTACHED,
                                    new AgendaItemDocumentDetachedEvent(MEETING_ID, ITEM_ID, SHARED_DOCUMENT)))
               .when(new DetachDocumentFromAgendaItemCommand(MEETING_ID, ITEM_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.DOCUMENT_NOT_ATTACHED, "documentId"));
    }

    @Test
    void annexesADocumentToDraftMinutesAsItsCurrentVersion() {
        fixture.given(liveThen(ENDED, DRAFTED))
               .when(new AnnexDocumentToMinutesCommand(MEETING_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectEvents(new MinutesAnnexAddedEvent(MEETING_ID, SHARED_DOCUMENT, 2));
    }

    @Test
    void annexingTheSameDocumentAgainChangesNothing() {
        fixture.given(liveThen(ENDED, DRAFTED, new MinutesAnnexAddedEvent(MEETING_ID, SHARED_DOCUMENT, 2)))
               .when(new AnnexDocumentToMinutesCommand(MEETING_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void refusesAnAnnexBeforeTheMinutesAreDrafted() {
        fixture.given(liveThen(ENDED))
               .when(new AnnexDocumentToMinutesCommand(MEETING_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.MINUTES_NOT_DRAFTED, null));
    }

    @Test
    void refusesAnAnnexToApprovedMinutes() {
        fixture.given(liveThen(ENDED, DRAFTED, SUBMITTED, APPROVED))
               .when(new AnnexDocumentToMinutesCommand(MEETING_ID, SHARED_DOCUMENT), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.MINUTES_FROZEN, null));
    }

    @Test
    void refusesAnAnnexSomeMemberDoesNotRead() {
        fixture.given(liveThen(ENDED, DRAFTED))
               .when(new AnnexDocumentToMinutesCommand(MEETING_ID, DRAFT_DOCUMENT), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.DOCUMENT_NOT_FOR_EVERY_MEMBER, "documentId"));
    }

    @Test
    void refusesAnAnnexFromSomeoneOutsideTheBodyAsIfTheMeetingDidNotExist() {
        fixture.given(liveThen(ENDED, DRAFTED))
               .when(new AnnexDocumentToMinutesCommand(MEETING_ID, SHARED_DOCUMENT), AS_DIRECTOR)
               .expectException(ruleViolation(MeetingRefusal.NOT_FOUND, null));
    }
}
