package fr.entente.web.meeting;

import fr.entente.meeting.api.AcceptAgendaItemRequestsCommand;
import fr.entente.meeting.api.AddAgendaItemCommand;
import fr.entente.meeting.api.AgendaItemAddedEvent;
import fr.entente.meeting.api.AgendaItemRequestedEvent;
import fr.entente.meeting.api.AgendaItemRequestsAcceptedEvent;
import fr.entente.meeting.api.AgendaPublishedEvent;
import fr.entente.meeting.api.DeclineAgendaItemRequestCommand;
import fr.entente.meeting.api.PublishAgendaCommand;
import fr.entente.meeting.api.RemoveAgendaItemCommand;
import fr.entente.meeting.api.ReorderAgendaCommand;
import fr.entente.meeting.api.RequestAgendaItemCommand;
import fr.entente.meeting.api.SetAgendaRequestDeadlineCommand;
import fr.entente.web.validation.Reason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A meeting's agenda (ordre du jour): members request items until the deadline and the first publication; the
 * officer or convenor accepts (merging several requests into one item), declines with a reason, adds items of
 * their own, removes, orders and publishes. A change after publication amends the published agenda.
 */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/meetings/{meetingId}/agenda", produces = "application/json")
@Tag(name = "Ordre du jour")
public class MeetingAgendaController {

    private final MeetingCommands commands;

    public MeetingAgendaController(MeetingCommands commands) {
        this.commands = commands;
    }

    @PutMapping("/deadline")
    @Operation(summary = "Set or move the moment after which members may no longer request items")
    public MeetingResponses.DeadlineSet setDeadline(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                    @Valid @RequestBody MeetingRequests.Deadline request) {
        commands.send(cooperationId, new SetAgendaRequestDeadlineCommand(meetingId, request.deadline()));
        return new MeetingResponses.DeadlineSet(meetingId, request.deadline());
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request an item, as a member of the body on behalf of one's organisation (until the deadline "
                         + "and the first publication)")
    public MeetingResponses.AgendaRequest request(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                  @Valid @RequestBody MeetingRequests.NewAgendaRequest request) {
        AgendaItemRequestedEvent requested = commands.send(cooperationId, new RequestAgendaItemCommand(meetingId,
                MeetingCommands.idOr(request.requestId()), request.title(), request.purpose(), request.description(),
                request.expectedMinutes()));
        return new MeetingResponses.AgendaRequest(meetingId, requested.requestId(), requested.requestedBy(),
                requested.onBehalfOf(), requested.title(), requested.purpose(), requested.description(),
                requested.expectedMinutes());
    }

    @PostMapping("/requests/{requestId}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline a request, saying why (shown to the requester)")
    public void decline(@PathVariable String cooperationId, @PathVariable String meetingId,
                        @PathVariable String requestId, @Valid @RequestBody MeetingRequests.Reason request) {
        commands.send(cooperationId, new DeclineAgendaItemRequestCommand(meetingId, requestId, request.reason()));
    }

    @PostMapping("/items/from-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put one request on the agenda, or merge several into one item (the title given or the first "
                         + "request's, the strongest purpose, the sum of the expected minutes)")
    public MeetingResponses.AgendaItem accept(@PathVariable String cooperationId, @PathVariable String meetingId,
                                              @Valid @RequestBody MeetingRequests.RequestsAcceptance request) {
        AgendaItemRequestsAcceptedEvent accepted = commands.send(cooperationId, new AcceptAgendaItemRequestsCommand(
                meetingId, MeetingCommands.idOr(request.itemId()), request.requestIds(), request.title()));
        return new MeetingResponses.AgendaItem(meetingId, accepted.itemId(), accepted.requestIds(), accepted.title(),
                                               accepted.purpose(), null, accepted.expectedMinutes());
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item of the officer's or convenor's own")
    public MeetingResponses.AgendaItem add(@PathVariable String cooperationId, @PathVariable String meetingId,
                                           @Valid @RequestBody MeetingRequests.NewAgendaItem request) {
        AgendaItemAddedEvent added = commands.send(cooperationId, new AddAgendaItemCommand(meetingId,
                MeetingCommands.idOr(request.itemId()), request.title(), request.purpose(), request.description(),
                request.expectedMinutes()));
        return new MeetingResponses.AgendaItem(meetingId, added.itemId(), List.of(), added.title(), added.purpose(),
                                               added.description(), added.expectedMinutes());
    }

    @DeleteMapping("/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an item off the agenda, saying why (query parameter reason)")
    public void remove(@PathVariable String cooperationId, @PathVariable String meetingId, @PathVariable String itemId,
                       @Parameter(description = "Why the item is taken off, shown to the members (1,000 characters at most)")
                       @RequestParam(required = false) @Reason String reason) {
        commands.send(cooperationId, new RemoveAgendaItemCommand(meetingId, itemId, reason));
    }

    @PutMapping("/order")
    @Operation(summary = "Put the agenda's items in a new order: every item, once")
    public MeetingResponses.AgendaOrder reorder(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                @Valid @RequestBody MeetingRequests.AgendaOrder request) {
        commands.send(cooperationId, new ReorderAgendaCommand(meetingId, request.itemIds()));
        return new MeetingResponses.AgendaOrder(meetingId, request.itemIds());
    }

    @PostMapping("/publication")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish the agenda to the body's members: version 1, then a new version after amendments")
    public MeetingResponses.AgendaPublished publish(@PathVariable String cooperationId, @PathVariable String meetingId) {
        AgendaPublishedEvent published = commands.send(cooperationId, new PublishAgendaCommand(meetingId));
        return new MeetingResponses.AgendaPublished(meetingId, published.publishedVersion(), published.itemIds());
    }
}
