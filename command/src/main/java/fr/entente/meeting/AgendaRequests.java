package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.AgendaItemRequestDeclinedEvent;
import fr.entente.meeting.api.AgendaItemRequestedEvent;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaRequestDeadlineSetEvent;
import fr.entente.meeting.api.MeetingFieldMissingException;
import fr.entente.meeting.api.MeetingStateConflictException;
import fr.entente.meeting.api.RequestAgendaItemCommand;
import fr.entente.meeting.api.UnknownInMeetingException;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members' requests for agenda items: open until the deadline (if one is set) and the agenda's publication,
 * each accepted or declined once.
 */
class AgendaRequests {

    private Instant requestDeadline;
    private Map<String, AgendaRequest> requests = new LinkedHashMap<>();

    AgendaRequestDeadlineSetEvent deadline(String meetingId, Instant deadline) {
        return new AgendaRequestDeadlineSetEvent(meetingId, Required.value(deadline, MeetingFieldMissingException::deadline));
    }

    AgendaItemRequestedEvent request(String meetingId, RequestAgendaItemCommand command, String requestedBy,
                                     String onBehalfOf, Instant now, boolean agendaPublished) {
        String requestId = Required.id(command.requestId(), () -> MeetingFieldMissingException.id("requestId"));
        if (agendaPublished) {
            throw MeetingStateConflictException.agendaPublished();
        }
        if (requestDeadline != null && now.isAfter(requestDeadline)) {
            throw MeetingStateConflictException.deadlinePassed();
        }
        if (requests.containsKey(requestId)) {
            throw MeetingStateConflictException.idTaken("requestId", requestId);
        }
        return new AgendaItemRequestedEvent(meetingId, requestId, requestedBy, onBehalfOf,
                Required.text(command.title(), MeetingFieldMissingException::title),
                Required.value(command.purpose(), MeetingFieldMissingException::purpose),
                Required.optional(command.description()), Agenda.minutes(command.expectedMinutes()));
    }

    /** These requests, by id in the order given, each known and neither accepted nor declined yet. */
    Map<String, AgendaRequest> pending(List<String> requestIds) {
        Map<String, AgendaRequest> pending = new LinkedHashMap<>();
        for (String requestId : requestIds == null ? List.<String>of() : requestIds) {
            pending.put(Required.id(requestId, () -> MeetingFieldMissingException.id("requestIds")), undecided(requestId));
        }
        if (pending.isEmpty()) {
            throw MeetingFieldMissingException.requestIds();
        }
        return pending;
    }

    AgendaItemRequestDeclinedEvent decline(String meetingId, String requestId, String reason) {
        undecided(Required.id(requestId, () -> MeetingFieldMissingException.id("requestId")));
        return new AgendaItemRequestDeclinedEvent(meetingId, requestId,
                                                  Required.text(reason, MeetingFieldMissingException::reason));
    }

    private AgendaRequest undecided(String requestId) {
        AgendaRequest request = requests.get(requestId);
        if (request == null) {
            throw UnknownInMeetingException.request(requestId);
        }
        if (request.decided()) {
            throw MeetingStateConflictException.requestDecided(requestId);
        }
        return request;
    }

    @EventSourcingHandler
    void on(AgendaRequestDeadlineSetEvent event) {
        requestDeadline = event.deadline();
    }

    @EventSourcingHandler
    void on(AgendaItemRequestedEvent event) {
        requests.put(event.requestId(), new AgendaRequest(event.title(), event.purpose(), event.expectedMinutes(), false));
    }

    @EventSourcingHandler
    void on(AgendaItemRequestsAcceptedEvent event) {
        event.requestIds().forEach(id -> requests.computeIfPresent(id, (key, request) -> request.asDecided()));
    }

    @EventSourcingHandler
    void on(AgendaItemRequestDeclinedEvent event) {
        requests.computeIfPresent(event.requestId(), (key, request) -> request.asDecided());
    }
}
