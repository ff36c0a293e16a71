package fr.entente.meeting;

import fr.entente.common.api.Refusal.Kind;
import fr.entente.meeting.api.AcceptAgendaItemRequestsCommand;
import fr.entente.meeting.api.AddAgendaItemCommand;
import fr.entente.meeting.api.AgendaChange;
import fr.entente.meeting.api.AgendaItemAddedEvent;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AgendaItemRemovedEvent;
import fr.entente.meeting.api.AgendaItemRequestDeclinedEvent;
import fr.entente.meeting.api.AgendaItemRequestedEvent;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.AgendaReorderedEvent;
import fr.entente.meeting.api.AgendaRequestDeadlineSetEvent;
import fr.entente.meeting.api.DeclineAgendaItemRequestCommand;
import fr.entente.meeting.api.MeetingRefusal;
import fr.entente.meeting.api.PublishAgendaCommand;
import fr.entente.meeting.api.PublishedAgendaAmendedEvent;
import fr.entente.meeting.api.RemoveAgendaItemCommand;
import fr.entente.meeting.api.ReorderAgendaCommand;
import fr.entente.meeting.api.RequestAgendaItemCommand;
import fr.entente.meeting.api.SetAgendaRequestDeadlineCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static fr.entente.common.api.RuleViolations.ruleViolation;
import static fr.entente.meeting.WorkingGroup.*;

/** The agenda: members' requests until the deadline, the officer's decisions, the order, publication and amendments. */
class MeetingAgendaTest {

    private static final Instant DEADLINE = Instant.parse("2026-06-02T16:00:00Z");
    private static final AgendaRequestDeadlineSetEvent DEADLINE_SET = new AgendaRequestDeadlineSetEvent(MEETING_ID, DEADLINE);
    private static final RequestAgendaItemCommand REQUEST = new RequestAgendaItemCommand(MEETING_ID, REQUEST_ID,
            " Bilan des RSU 2025 ", AgendaItemPurpose.DISCUSSION, "", 30);
    private static final AgendaItemRequestedEvent HANDITORIAL_REQUESTED = new AgendaItemRequestedEvent(MEETING_ID,
            "request-handitorial", REFERENT_02, "cdg-02", "Handitorial", AgendaItemPurpose.DECISION, "Lancer l'enquête", 15);
    private static final AgendaPublishedEvent PUBLISHED = new AgendaPublishedEvent(MEETING_ID, List.of(ITEM_ID), 1);
    private static final AddAgendaItemCommand ADD_CONCOURS = new AddAgendaItemCommand(MEETING_ID, OTHER_ITEM_ID,
            "Données des concours", AgendaItemPurpose.INFORMATION, null, null);

    private final FixtureConfiguration<Meeting> fixture = meetingFixture();

    @Test
    void officerSetsTheRequestDeadline() {
        fixture.given(SCHEDULED).when(new SetAgendaRequestDeadlineCommand(MEETING_ID, DEADLINE), AS_OFFICER)
               .expectEvents(DEADLINE_SET);
    }

    @Test
    void memberRequestsAnItemOnBehalfOfTheirOrganisation() {
        fixture.given(SCHEDULED, DEADLINE_SET).andGivenCurrentTime(DEADLINE.minusSeconds(60))
               .when(REQUEST, AS_REFERENT)
               .expectEvents(RSU_REQUESTED);
    }

    @Test
    void acceptsARequestAtTheDeadlineItself() {
        fixture.given(SCHEDULED, DEADLINE_SET).andGivenCurrentTime(DEADLINE).when(REQUEST, AS_REFERENT)
               .expectEvents(RSU_REQUESTED);
    }

    @Test
    void refusesARequestAfterTheDeadline() {
        fixture.given(SCHEDULED, DEADLINE_SET).andGivenCurrentTime(DEADLINE.plusSeconds(1)).when(REQUEST, AS_REFERENT)
               .expectNoEvents()
               .expectException(ruleViolation(MeetingRefusal.DEADLINE_PASSED, null));
    }

    @Test
    void refusesARequestAfterThePublication() {
        fixture.given(SCHEDULED, RSU_ITEM, PUBLISHED).when(REQUEST, AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.AGENDA_PUBLISHED, null));
    }

    @Test
    void refusesARequestFromAPersonOutsideTheBody() {
        fixture.given(SCHEDULED).when(REQUEST, AS_DIRECTOR)
               .expectException(ruleViolation(MeetingRefusal.NOT_FOUND, null));
    }

    @Test
    void refusesARequestFromTheSystemWhichHasNoOrganisation() {
        fixture.given(SCHEDULED).when(REQUEST, AS_SYSTEM)
               .expectException(ruleViolation(MeetingRefusal.PERSON_REQUIRED, null));
    }

    @Test
    void refusesARequestOnACancelledMeeting() {
        fixture.given(SCHEDULED, new fr.entente.meeting.api.MeetingCancelledEvent(MEETING_ID, "Grève"))
               .when(REQUEST, AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.CANCELLED, null));
    }

    @Test
    void refusesAnExpectedDurationOfZeroMinutes() {
        fixture.given(SCHEDULED)
               .when(new RequestAgendaItemCommand(MEETING_ID, REQUEST_ID, "RSU", AgendaItemPurpose.DISCUSSION, null, 0),
                     AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.EXPECTED_MINUTES_INVALID, "expectedMinutes"));
    }

    @Test
    void acceptsARequestAsAnItem() {
        fixture.given(SCHEDULED, RSU_REQUESTED)
               .when(new AcceptAgendaItemRequestsCommand(MEETING_ID, ITEM_ID, List.of(REQUEST_ID), null), AS_OFFICER)
               .expectEvents(new AgendaItemRequestsAcceptedEvent(MEETING_ID, ITEM_ID, List.of(REQUEST_ID),
                                                                 "Bilan des RSU 2025", AgendaItemPurpose.DISCUSSION, 30));
    }

    @Test
    void mergesRequestsIntoOneItemWithTheStrongestPurposeAndTheirDurations() {
        fixture.given(SCHEDULED, RSU_REQUESTED, HANDITORIAL_REQUESTED)
               .when(new AcceptAgendaItemRequestsCommand(MEETING_ID, ITEM_ID, List.of(REQUEST_ID, "request-handitorial"),
                                                         "Données sociales"), AS_CONVENOR)
               .expectEvents(new AgendaItemRequestsAcceptedEvent(MEETING_ID, ITEM_ID,
                       List.of(REQUEST_ID, "request-handitorial"), "Données sociales", AgendaItemPurpose.DECISION, 45));
    }

    @Test
    void refusesAcceptingAnUnknownRequest() {
        fixture.given(SCHEDULED)
               .when(new AcceptAgendaItemRequestsCommand(MEETING_ID, ITEM_ID, List.of("nope"), null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.REQUEST_UNKNOWN, "requestIds"));
    }

    @Test
    void refusesAcceptingADeclinedRequest() {
        fixture.given(SCHEDULED, RSU_REQUESTED, new AgendaItemRequestDeclinedEvent(MEETING_ID, REQUEST_ID, "Hors sujet"))
               .when(new AcceptAgendaItemRequestsCommand(MEETING_ID, ITEM_ID, List.of(REQUEST_ID), null), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.REQUEST_DECIDED, "requestIds"));
    }

    @Test
    void refusesAMemberAcceptingRequests() {
        fixture.given(SCHEDULED, RSU_REQUESTED)
               .when(new AcceptAgendaItemRequestsCommand(MEETING_ID, ITEM_ID, List.of(REQUEST_ID), null), AS_REFERENT)
               .expectException(ruleViolation(MeetingRefusal.OFFICER_OR_CONVENOR_REQUIRED, null));
    }

    @Test
    void declinesARequestWithAReasonForTheRequester() {
        fixture.given(SCHEDULED, RSU_REQUESTED)
               .when(new DeclineAgendaItemRequestCommand(MEETING_ID, REQUEST_ID, "Traité en comité technique"), AS_OFFICER)
               .expectEvents(new AgendaItemRequestDeclinedEvent(MEETING_ID, REQUEST_ID, "Traité en comité technique"));
    }

    @Test
    void refusesDecliningWithoutReason() {
        fixture.given(SCHEDULED, RSU_REQUESTED)
               .when(new DeclineAgendaItemRequestCommand(MEETING_ID, REQUEST_ID, " "), AS_OFFICER)
               .expectException(ruleViolation(Kind.MISSING, "meeting.reason-required", "reason"));
    }

    @Test
    void officerAddsAnItemOfTheirOwn() {
        fixture.given(SCHEDULED).when(ADD_CONCOURS, AS_OFFICER).expectEvents(CONCOURS_ITEM);
    }

    @Test
    void refusesAnItemIdAlreadyUsed() {
        fixture.given(SCHEDULED, CONCOURS_ITEM).when(ADD_CONCOURS, AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ID_TAKEN, "itemId"));
    }

    @Test
    void reordersTheItems() {
        fixture.given(SCHEDULED, RSU_ITEM, CONCOURS_ITEM)
               .when(new ReorderAgendaCommand(MEETING_ID, List.of(OTHER_ITEM_ID, ITEM_ID)), AS_OFFICER)
               .expectEvents(new AgendaReorderedEvent(MEETING_ID, List.of(OTHER_ITEM_ID, ITEM_ID)));
    }

    @Test
    void refusesAnOrderThatLeavesAnItemOut() {
        fixture.given(SCHEDULED, RSU_ITEM, CONCOURS_ITEM)
               .when(new ReorderAgendaCommand(MEETING_ID, List.of(OTHER_ITEM_ID, OTHER_ITEM_ID)), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.NOT_A_PERMUTATION, "itemIds"));
    }

    @Test
    void publishesTheAgendaInItsOrder() {
        fixture.given(SCHEDULED, RSU_ITEM).when(new PublishAgendaCommand(MEETING_ID), AS_OFFICER).expectEvents(PUBLISHED);
    }

    @Test
    void refusesPublishingAnEmptyAgenda() {
        fixture.given(SCHEDULED).when(new PublishAgendaCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.AGENDA_EMPTY, null));
    }

    @Test
    void refusesRepublishingAnUnchangedAgenda() {
        fixture.given(SCHEDULED, RSU_ITEM, PUBLISHED).when(new PublishAgendaCommand(MEETING_ID), AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.AGENDA_PUBLISHED, null));
    }

    @Test
    void anItemAddedAfterPublicationIsAnAmendment() {
        fixture.given(SCHEDULED, RSU_ITEM, PUBLISHED).when(ADD_CONCOURS, AS_OFFICER)
               .expectEvents(CONCOURS_ITEM, new PublishedAgendaAmendedEvent(MEETING_ID, 1, AgendaChange.ITEM_ADDED,
                                                                            OTHER_ITEM_ID, List.of(ITEM_ID, OTHER_ITEM_ID)));
    }

    @Test
    void anItemRemovedAfterPublicationIsAnAmendment() {
        fixture.given(SCHEDULED, RSU_ITEM, CONCOURS_ITEM, new AgendaPublishedEvent(MEETING_ID, List.of(ITEM_ID, OTHER_ITEM_ID), 1))
               .when(new RemoveAgendaItemCommand(MEETING_ID, OTHER_ITEM_ID, "Reporté"), AS_OFFICER)
               .expectEvents(new AgendaItemRemovedEvent(MEETING_ID, OTHER_ITEM_ID, "Reporté"),
                             new PublishedAgendaAmendedEvent(MEETING_ID, 1, AgendaChange.ITEM_REMOVED, OTHER_ITEM_ID,
                                                             List.of(ITEM_ID)));
    }

    @Test
    void aReorderingAfterPublicationIsTheNextAmendment() {
        fixture.given(SCHEDULED, RSU_ITEM, PUBLISHED, CONCOURS_ITEM,
                      new PublishedAgendaAmendedEvent(MEETING_ID, 1, AgendaChange.ITEM_ADDED, OTHER_ITEM_ID,
                                                      List.of(ITEM_ID, OTHER_ITEM_ID)))
               .when(new ReorderAgendaCommand(MEETING_ID, List.of(OTHER_ITEM_ID, ITEM_ID)), AS_OFFICER)
               .expectEvents(new AgendaReorderedEvent(MEETING_ID, List.of(OTHER_ITEM_ID, ITEM_ID)),
                             new PublishedAgendaAmendedEvent(MEETING_ID, 2, AgendaChange.REORDERED, null,
                                                             List.of(OTHER_ITEM_ID, ITEM_ID)));
    }

    @Test
    void republishesAnAmendedAgendaAsTheNextVersion() {
        fixture.given(SCHEDULED, RSU_ITEM, PUBLISHED, CONCOURS_ITEM,
                      new PublishedAgendaAmendedEvent(MEETING_ID, 1, AgendaChange.ITEM_ADDED, OTHER_ITEM_ID,
                                                      List.of(ITEM_ID, OTHER_ITEM_ID)))
               .when(new PublishAgendaCommand(MEETING_ID), AS_OFFICER)
               .expectEvents(new AgendaPublishedEvent(MEETING_ID, List.of(ITEM_ID, OTHER_ITEM_ID), 2));
    }

    @Test
    void refusesChangingTheAgendaOfAnEndedMeeting() {
        fixture.given(SCHEDULED, RSU_ITEM, STARTED, ENDED).when(ADD_CONCOURS, AS_OFFICER)
               .expectException(ruleViolation(MeetingRefusal.ENDED, null));
    }

    @Test
    void anItemCanBeAddedDuringTheLiveMeeting() {
        fixture.given(SCHEDULED, STARTED).when(ADD_CONCOURS, AS_OFFICER)
               .expectEvents(new AgendaItemAddedEvent(MEETING_ID, OTHER_ITEM_ID, "Données des concours",
                                                      AgendaItemPurpose.INFORMATION, null, null));
    }
}
