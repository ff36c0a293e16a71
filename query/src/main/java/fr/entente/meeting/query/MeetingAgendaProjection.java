package fr.entente.meeting.query;

import fr.entente.common.query.LogPosition;
import fr.entente.meeting.api.AgendaItemAddedEvent;
import fr.entente.meeting.api.AgendaItemDocumentAttachedEvent;
import fr.entente.meeting.api.AgendaItemDocumentDetachedEvent;
import fr.entente.meeting.api.AgendaItemRemovedEvent;
import fr.entente.meeting.api.AgendaItemRequestDeclinedEvent;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AgendaItemRequestedEvent;
import fr.entente.meeting.api.ReferralReceivedEvent;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.AgendaReorderedEvent;
import fr.entente.meeting.api.AgendaRequestDeadlineSetEvent;
import fr.entente.meeting.api.PublishedAgendaAmendedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static fr.entente.meeting.query.MeetingAspect.AGENDA;
import static fr.entente.meeting.query.MeetingAspect.CURRENT_ITEM;
import static fr.entente.meeting.query.MeetingAspect.REQUESTS;

/** A meeting's agenda in its view ({@link MeetingView}): requests, items, order, publication and its amendments. */
@Component
@ProcessingGroup("meetings")
class MeetingAgendaProjection {

    private final MeetingChanges meetings;

    MeetingAgendaProjection(MeetingChanges meetings) {
        this.meetings = meetings;
    }

    @EventHandler
    void on(AgendaRequestDeadlineSetEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.agenda.deadline(event.deadline()), REQUESTS);
    }

    @EventHandler
    void on(AgendaItemRequestedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.agenda.request(new AgendaRequestView(
                event.requestId(), event.title(), event.purpose(), event.description(), event.expectedMinutes(),
                event.requestedBy(), event.onBehalfOf(), RequestStatus.PENDING, null, null, at, null)), REQUESTS);
    }

    @EventHandler
    void on(ReferralReceivedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.agenda.request(new AgendaRequestView(
                event.requestId(), event.title(), AgendaItemPurpose.DECISION, event.description(), null, null, null,
                RequestStatus.PENDING, null, null, at, event.origin())), REQUESTS);
    }

    @EventHandler
    void on(AgendaItemRequestsAcceptedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.agenda.accept(
                event.itemId(), event.requestIds(), event.title(), event.purpose(), event.expectedMinutes()),
                        REQUESTS, AGENDA);
    }

    @EventHandler
    void on(AgendaItemRequestDeclinedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.agenda.decline(event.requestId(), event.reason()), REQUESTS);
    }

    @EventHandler
    void on(AgendaItemAddedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.agenda.add(new AgendaItemView(
                event.itemId(), event.title(), event.purpose(), event.description(), event.expectedMinutes(), List.of(),
                meeting.agenda.publishedVersion > 0)), AGENDA);
    }

    @EventHandler
    void on(AgendaItemRemovedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> {
            meeting.agenda.remove(event.itemId());
            meeting.record.itemRemoved(event.itemId());
        }, AGENDA, CURRENT_ITEM);
    }

    @EventHandler
    void on(AgendaReorderedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.agenda.order(event.itemIds()), AGENDA);
    }

    @EventHandler
    void on(AgendaPublishedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.agenda.publish(event.publishedVersion(), event.itemIds(), at), AGENDA, REQUESTS);
    }

    @EventHandler
    void on(PublishedAgendaAmendedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.agenda.amend(
                event.amendment(), event.change(), event.itemId(), event.itemIds(), at), AGENDA);
    }

    @EventHandler
    void on(AgendaItemDocumentAttachedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.agenda.attach(event.itemId(), event.documentId()), AGENDA);
    }

    @EventHandler
    void on(AgendaItemDocumentDetachedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at,
                        meeting -> meeting.agenda.detach(event.itemId(), event.documentId()), AGENDA);
    }
}
