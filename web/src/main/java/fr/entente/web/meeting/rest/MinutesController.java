package fr.entente.web.meeting.rest;

import fr.entente.web.meeting.MeetingDocumentLinks;
import fr.entente.web.meeting.MeetingMinutes;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import fr.entente.web.validation.PartId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting's minutes (compte rendu): drafted from the notes once the meeting ended, edited over the version read
 * (409 if someone saved since: the client keeps its text), submitted, approved by the convenor or by the body at a
 * later live meeting, published; once approved they never change, and a correction is an amendment.
 */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/meetings/{meetingId}/minutes", produces = "application/json")
@Tag(name = "Comptes rendus")
public class MinutesController {

    private final MeetingMinutes minutes;
    private final MeetingDocumentLinks documents;

    public MinutesController(MeetingMinutes minutes, MeetingDocumentLinks documents) {
        this.minutes = minutes;
        this.documents = documents;
    }

    @PostMapping("/annexes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Annex a document of the document space to minutes not approved yet, as its current version "
                         + "(listed in the minutes and their PDF); the same checks as an agenda item's attachment")
    public void annex(@PathVariable String cooperationId, @PathVariable String meetingId,
                      @Valid @RequestBody MeetingRequests.DocumentReference request) {
        documents.annex(cooperationId, meetingId, request);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft the minutes of an ended meeting from its agenda and notes (version 1)")
    public MeetingResults.Minutes draft(@PathVariable String cooperationId, @PathVariable String meetingId) {
        return minutes.draft(cooperationId, meetingId);
    }

    @PutMapping
    @Operation(summary = "Save a new text of the minutes over the version read (409 meeting.minutes-changed-since if "
                         + "someone saved since); an edit after submission takes them back to draft")
    public MeetingResults.Minutes edit(@PathVariable String cooperationId, @PathVariable String meetingId,
                                         @Valid @RequestBody MeetingRequests.MinutesEdit request) {
        return minutes.edit(cooperationId, meetingId, request);
    }

    @PostMapping("/submission")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Submit the minutes for approval")
    public void submit(@PathVariable String cooperationId, @PathVariable String meetingId) {
        minutes.submit(cooperationId, meetingId);
    }

    @PostMapping("/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve submitted minutes: by the convenor (mode CONVENOR), or record the body's approval "
                         + "during a later live meeting of the body (mode BODY_AT_MEETING, atMeetingId)")
    public void approve(@PathVariable String cooperationId, @PathVariable String meetingId,
                        @Valid @RequestBody MeetingRequests.Approval request) {
        minutes.approve(cooperationId, meetingId, request);
    }

    @PostMapping("/publication")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Publish approved minutes to the body's members")
    public void publish(@PathVariable String cooperationId, @PathVariable String meetingId) {
        minutes.publish(cooperationId, meetingId);
    }

    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose an amendment (rectificatif) to approved minutes; the minutes themselves never change")
    public MeetingResults.Amendment proposeAmendment(@PathVariable String cooperationId,
                                                       @PathVariable String meetingId,
                                                       @Valid @RequestBody MeetingRequests.NewAmendment request) {
        return minutes.proposeAmendment(cooperationId, meetingId, request);
    }

    @PostMapping("/amendments/{amendmentId}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve an amendment, as minutes are approved (mode, atMeetingId)")
    public void approveAmendment(@PathVariable String cooperationId, @PathVariable String meetingId,
                                 @PathVariable @PartId String amendmentId,
                                 @Valid @RequestBody MeetingRequests.Approval request) {
        minutes.approveAmendment(cooperationId, meetingId, amendmentId, request);
    }
}
