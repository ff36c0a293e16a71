package fr.entente.web.meeting;

import fr.entente.meeting.api.AcceptAgendaItemRequestsCommand;
import fr.entente.meeting.api.AddAgendaItemCommand;
import fr.entente.meeting.api.AgendaItemReceipt;
import fr.entente.meeting.api.AgendaRequestReceipt;
import fr.entente.meeting.api.PublicationReceipt;
import fr.entente.meeting.api.DeclineAgendaItemRequestCommand;
import fr.entente.meeting.api.PublishAgendaCommand;
import fr.entente.meeting.api.RemoveAgendaItemCommand;
import fr.entente.meeting.api.ReorderAgendaCommand;
import fr.entente.meeting.api.RequestAgendaItemCommand;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda (ordre du jour), for the API and the pages: members request items until the deadline and the
 * first publication; the officer or convenor accepts (merging several requests into one item), declines with a
 * reason, adds items of their own, removes, orders and publishes. A change after publication amends the published
 * agenda.
 */
@Component
public class MeetingAgendas {

    private final MeetingCommands commands;

    MeetingAgendas(MeetingCommands commands) {
        this.commands = commands;
    }

    public MeetingResults.AgendaRequest request(String cooperationId, String meetingId,
                                                MeetingRequests.NewAgendaRequest request) {
        AgendaRequestReceipt requested = commands.send(cooperationId, new RequestAgendaItemCommand(meetingId,
                MeetingCommands.idOr(request.requestId()), request.title(), request.purpose(), request.description(),
                request.expectedMinutes()));
        return new MeetingResults.AgendaRequest(meetingId, requested.requestId(), requested.requestedBy(),
                requested.onBehalfOf(), requested.title(), requested.purpose(), requested.description(),
                requested.expectedMinutes());
    }

    public void decline(String cooperationId, String meetingId, String requestId, MeetingRequests.Reason request) {
        commands.send(cooperationId, new DeclineAgendaItemRequestCommand(meetingId, requestId, request.reason()));
    }

    public MeetingResults.AgendaItem accept(String cooperationId, String meetingId,
                                            MeetingRequests.RequestsAcceptance request) {
        AgendaItemReceipt accepted = commands.send(cooperationId, new AcceptAgendaItemRequestsCommand(
                meetingId, MeetingCommands.idOr(request.itemId()), request.requestIds(), request.title()));
        return new MeetingResults.AgendaItem(meetingId, accepted.itemId(), accepted.requestIds(), accepted.title(),
                                             accepted.purpose(), null, accepted.expectedMinutes());
    }

    public MeetingResults.AgendaItem add(String cooperationId, String meetingId, MeetingRequests.NewAgendaItem request) {
        AgendaItemReceipt added = commands.send(cooperationId, new AddAgendaItemCommand(meetingId,
                MeetingCommands.idOr(request.itemId()), request.title(), request.purpose(), request.description(),
                request.expectedMinutes()));
        return new MeetingResults.AgendaItem(meetingId, added.itemId(), added.requestIds(), added.title(), added.purpose(),
                                             added.description(), added.expectedMinutes());
    }

    public void remove(String cooperationId, String meetingId, String itemId, String reason) {
        commands.send(cooperationId, new RemoveAgendaItemCommand(meetingId, itemId, reason));
    }

    public MeetingResults.AgendaOrder reorder(String cooperationId, String meetingId, MeetingRequests.AgendaOrder request) {
        commands.send(cooperationId, new ReorderAgendaCommand(meetingId, request.itemIds()));
        return new MeetingResults.AgendaOrder(meetingId, request.itemIds());
    }

    public MeetingResults.AgendaPublished publish(String cooperationId, String meetingId) {
        PublicationReceipt published = commands.send(cooperationId, new PublishAgendaCommand(meetingId));
        return new MeetingResults.AgendaPublished(meetingId, published.version(), published.itemIds());
    }
}
