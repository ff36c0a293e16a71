package fr.entente.web.meeting.rest;

import fr.entente.web.meeting.MeetingAgendas;
import fr.entente.web.meeting.MeetingDocumentLinks;
import fr.entente.web.meeting.MeetingReferrals;
import fr.entente.web.meeting.MeetingScheduling;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingResults;
import fr.entente.web.validation.Reason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import fr.entente.web.validation.PartId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's agenda (ordre du jour): members request items until the deadline and the first publication; the
 * officer or convenor accepts (merging several requests into one item), declines with a reason, adds items of
 * their own, removes, orders and publishes. A change after publication amends the published agenda.
 */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/meetings/{meetingId}/agenda", produces = "application/json")
@Tag(name = "Ordre du jour")
public class MeetingAgendaController {

    private final MeetingAgendas agendas;
    private final MeetingScheduling scheduling;
    private final MeetingReferrals referrals;
    private final MeetingDocumentLinks documents;

    public MeetingAgendaController(MeetingAgendas agendas, MeetingScheduling scheduling, MeetingReferrals referrals,
                                   MeetingDocumentLinks documents) {
        this.agendas = agendas;
        this.documents = documents;
        this.scheduling = scheduling;
        this.referrals = referrals;
    }

    @PutMapping("/deadline")
    @Operation(summary = "Set or move the moment after which members may no longer request items")
    public MeetingResults.DeadlineSet setDeadline(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                    @Valid @RequestBody MeetingRequests.Deadline request) {
        return scheduling.setDeadline(cooperationId, meetingId, request);
    }

    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request an item, as a member of the body on behalf of one's organisation (until the deadline "
                         + "and the first publication)")
    public MeetingResults.AgendaRequest request(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                  @Valid @RequestBody MeetingRequests.NewAgendaRequest request) {
        return agendas.request(cooperationId, meetingId, request);
    }

    @PostMapping("/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a proposal another body referred to this one among this meeting's requests (its officer "
                         + "or convenor, before the agenda's publication)",
               description = "The referral is one of those waiting for the meeting's body (GET /bodies/{bodyId}/referrals): "
                             + "the hub puts a referral on the body's next unpublished agenda by itself; those it could "
                             + "not place wait there.")
    public MeetingResults.AgendaRequest placeReferral(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                      @Valid @RequestBody MeetingRequests.ReferralPlacement request) {
        return referrals.place(cooperationId, meetingId, request);
    }

    @PostMapping("/requests/{requestId}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decline a request, saying why (shown to the requester)")
    public void decline(@PathVariable String cooperationId, @PathVariable String meetingId,
                        @PathVariable @PartId String requestId, @Valid @RequestBody MeetingRequests.Reason request) {
        agendas.decline(cooperationId, meetingId, requestId, request);
    }

    @PostMapping("/items/from-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put one request on the agenda, or merge several into one item (the title given or the first "
                         + "request's, the strongest purpose, the sum of the expected minutes)")
    public MeetingResults.AgendaItem accept(@PathVariable String cooperationId, @PathVariable String meetingId,
                                              @Valid @RequestBody MeetingRequests.RequestsAcceptance request) {
        return agendas.accept(cooperationId, meetingId, request);
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item of the officer's or convenor's own")
    public MeetingResults.AgendaItem add(@PathVariable String cooperationId, @PathVariable String meetingId,
                                           @Valid @RequestBody MeetingRequests.NewAgendaItem request) {
        return agendas.add(cooperationId, meetingId, request);
    }

    @DeleteMapping("/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an item off the agenda, saying why (query parameter reason)")
    public void remove(@PathVariable String cooperationId, @PathVariable String meetingId, @PathVariable @PartId String itemId,
                       @Parameter(description = "Why the item is taken off, shown to the members (1,000 characters at most)")
                       @RequestParam(required = false) @Reason String reason) {
        agendas.remove(cooperationId, meetingId, itemId, reason);
    }

    @PostMapping("/items/{itemId}/attachments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Attach a document of the document space to an item (its officer or convenor, before the "
                         + "meeting ends): one of the cooperation that they and every member of the body read "
                         + "(404 meeting.document-unknown, 409 meeting.document-not-for-every-member); again, nothing changes")
    public void attach(@PathVariable String cooperationId, @PathVariable String meetingId, @PathVariable @PartId String itemId,
                       @Valid @RequestBody MeetingRequests.DocumentReference request) {
        documents.attach(cooperationId, meetingId, itemId, request);
    }

    @DeleteMapping("/items/{itemId}/attachments/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an attached document off an item (the document itself stays where it is)")
    public void detach(@PathVariable String cooperationId, @PathVariable String meetingId, @PathVariable @PartId String itemId,
                       @PathVariable String documentId) {
        documents.detach(cooperationId, meetingId, itemId, documentId);
    }

    @PutMapping("/order")
    @Operation(summary = "Put the agenda's items in a new order: every item, once")
    public MeetingResults.AgendaOrder reorder(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                @Valid @RequestBody MeetingRequests.AgendaOrder request) {
        return agendas.reorder(cooperationId, meetingId, request);
    }

    @PostMapping("/publication")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish the agenda to the body's members: version 1, then a new version after amendments")
    public MeetingResults.AgendaPublished publish(@PathVariable String cooperationId, @PathVariable String meetingId) {
        return agendas.publish(cooperationId, meetingId);
    }
}
