package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.AgendaItemRequestDeclinedEvent;
import fr.entente.meeting.api.AgendaItemRequestedEvent;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaItemPurpose;
import fr.entente.meeting.api.AgendaRequestDeadlineSetEvent;
import fr.entente.meeting.api.ReceiveReferralCommand;
import fr.entente.meeting.api.ReferralOrigin;
import fr.entente.meeting.api.ReferralReceivedEvent;
import fr.entente.meeting.api.RequestAgendaItemCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.entente.meeting.api.MeetingRefusal.AGENDA_PUBLISHED;
import static fr.entente.meeting.api.MeetingRefusal.DEADLINE_PASSED;
import static fr.entente.meeting.api.MeetingRefusal.DEADLINE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.ID_TAKEN;
import static fr.entente.meeting.api.MeetingRefusal.PURPOSE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.REASON_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.REFERRAL_ORIGIN_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.REFERRAL_TO_SAME_MEETING;
import static fr.entente.meeting.api.MeetingRefusal.REQUEST_DECIDED;
import static fr.entente.meeting.api.MeetingRefusal.REQUEST_IDS_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.REQUEST_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.REQUEST_UNKNOWN;
import static fr.entente.meeting.api.MeetingRefusal.TITLE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusedException.refused;
import static fr.entente.meeting.api.MeetingRefusedException.refusedOn;

/**
 * The members' requests for agenda items, open until the deadline (if one is set) and the agenda's publication, and
 * the proposals other bodies referred to this one; each accepted or declined once.
 */
class AgendaRequests {

    private Instant requestDeadline;
    private Map<String, AgendaRequest> requests = new LinkedHashMap<>();

    AgendaRequestDeadlineSetEvent deadline(String meetingId, Instant deadline) {
        return new AgendaRequestDeadlineSetEvent(meetingId, MeetingDates.inRange(Required.value(deadline, () -> refused(DEADLINE_REQUIRED)),
                                                                                      "deadline"));
    }

    AgendaItemRequestedEvent request(String meetingId, RequestAgendaItemCommand command, String requestedBy,
                                     String onBehalfOf, Instant now, boolean agendaPublished) {
        String requestId = Required.id(command.requestId(), () -> refused(REQUEST_ID_REQUIRED));
        if (agendaPublished) {
            throw refused(AGENDA_PUBLISHED);
        }
        if (requestDeadline != null && now.isAfter(requestDeadline)) {
            throw refused(DEADLINE_PASSED);
        }
        if (requests.containsKey(requestId)) {
            throw refusedOn("requestId", ID_TAKEN, requestId);
        }
        return new AgendaItemRequestedEvent(meetingId, requestId, requestedBy, onBehalfOf,
                Required.text(command.title(), () -> refused(TITLE_REQUIRED)),
                Required.value(command.purpose(), () -> refused(PURPOSE_REQUIRED)),
                Required.optional(command.description()), Agenda.minutes(command.expectedMinutes()));
    }

    /** A referral from another body: a request for decision that no deadline closes, before the agenda's publication. */
    ReferralReceivedEvent referral(String meetingId, ReceiveReferralCommand command, boolean agendaPublished) {
        String requestId = Required.id(command.requestId(), () -> refused(REQUEST_ID_REQUIRED));
        ReferralOrigin origin = Required.value(command.origin(), () -> refused(REFERRAL_ORIGIN_REQUIRED));
        Required.id(origin.meetingId(), () -> refused(REFERRAL_ORIGIN_REQUIRED));
        Required.id(origin.proposalId(), () -> refused(REFERRAL_ORIGIN_REQUIRED));
        Required.id(origin.bodyId(), () -> refused(REFERRAL_ORIGIN_REQUIRED));
        if (origin.meetingId().equals(meetingId)) {
            throw refused(REFERRAL_TO_SAME_MEETING);
        }
        if (agendaPublished) {
            throw refused(AGENDA_PUBLISHED);
        }
        if (requests.containsKey(requestId)) {
            throw refusedOn("requestId", ID_TAKEN, requestId);
        }
        return new ReferralReceivedEvent(meetingId, requestId, origin,
                                         Required.text(command.title(), () -> refused(TITLE_REQUIRED)),
                                         Required.optional(command.description()));
    }

    /** These requests, by id in the order given, each known and neither accepted nor declined yet. */
    Map<String, AgendaRequest> pending(List<String> requestIds) {
        Map<String, AgendaRequest> pending = new LinkedHashMap<>();
        for (String requestId : requestIds == null ? List.<String>of() : requestIds) {
            pending.put(Required.id(requestId, () -> refused(REQUEST_IDS_REQUIRED)), undecided(requestId));
        }
        if (pending.isEmpty()) {
            throw refused(REQUEST_IDS_REQUIRED);
        }
        return pending;
    }

    AgendaItemRequestDeclinedEvent decline(String meetingId, String requestId, String reason) {
        undecided(Required.id(requestId, () -> refused(REQUEST_ID_REQUIRED)));
        return new AgendaItemRequestDeclinedEvent(meetingId, requestId,
                                                  Required.text(reason, () -> refused(REASON_REQUIRED)));
    }

    private AgendaRequest undecided(String requestId) {
        AgendaRequest request = requests.get(requestId);
        if (request == null) {
            throw refused(REQUEST_UNKNOWN, requestId);
        }
        if (request.decided()) {
            throw refused(REQUEST_DECIDED, requestId);
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
    void on(ReferralReceivedEvent event) {
        requests.put(event.requestId(), new AgendaRequest(event.title(), AgendaItemPurpose.DECISION, null, false));
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
