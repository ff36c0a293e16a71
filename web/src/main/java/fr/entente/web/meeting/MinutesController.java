package fr.entente.web.meeting;

import fr.entente.meeting.api.ApproveMinutesAmendmentCommand;
import fr.entente.meeting.api.ApproveMinutesCommand;
import fr.entente.meeting.api.DraftMinutesCommand;
import fr.entente.meeting.api.EditMinutesCommand;
import fr.entente.meeting.api.MinutesDraftedEvent;
import fr.entente.meeting.api.MinutesEditedEvent;
import fr.entente.meeting.api.ProposeMinutesAmendmentCommand;
import fr.entente.meeting.api.PublishMinutesCommand;
import fr.entente.meeting.api.SubmitMinutesCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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

    private final MeetingCommands commands;

    public MinutesController(MeetingCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft the minutes of an ended meeting from its agenda and notes (version 1)")
    public MeetingResponses.Minutes draft(@PathVariable String cooperationId, @PathVariable String meetingId) {
        MinutesDraftedEvent drafted = commands.send(cooperationId, new DraftMinutesCommand(meetingId));
        return new MeetingResponses.Minutes(meetingId, drafted.version(), drafted.text());
    }

    @PutMapping
    @Operation(summary = "Save a new text of the minutes over the version read (409 meeting.minutes-changed-since if "
                         + "someone saved since); an edit after submission takes them back to draft")
    public MeetingResponses.Minutes edit(@PathVariable String cooperationId, @PathVariable String meetingId,
                                         @Valid @RequestBody MeetingRequests.MinutesEdit request) {
        MinutesEditedEvent edited = commands.send(cooperationId,
                new EditMinutesCommand(meetingId, request.baseVersion(), request.text()));
        return new MeetingResponses.Minutes(meetingId, edited.version(), edited.text());
    }

    @PostMapping("/submission")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Submit the minutes for approval")
    public void submit(@PathVariable String cooperationId, @PathVariable String meetingId) {
        commands.send(cooperationId, new SubmitMinutesCommand(meetingId));
    }

    @PostMapping("/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve submitted minutes: by the convenor (mode CONVENOR), or record the body's approval "
                         + "during a later live meeting of the body (mode BODY_AT_MEETING, atMeetingId)")
    public void approve(@PathVariable String cooperationId, @PathVariable String meetingId,
                        @Valid @RequestBody MeetingRequests.Approval request) {
        commands.send(cooperationId, new ApproveMinutesCommand(meetingId, request.mode(), request.atMeetingId()));
    }

    @PostMapping("/publication")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Publish approved minutes to the body's members")
    public void publish(@PathVariable String cooperationId, @PathVariable String meetingId) {
        commands.send(cooperationId, new PublishMinutesCommand(meetingId));
    }

    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose an amendment (rectificatif) to approved minutes; the minutes themselves never change")
    public MeetingResponses.Amendment proposeAmendment(@PathVariable String cooperationId,
                                                       @PathVariable String meetingId,
                                                       @Valid @RequestBody MeetingRequests.NewAmendment request) {
        String amendmentId = MeetingCommands.idOr(request.amendmentId());
        commands.send(cooperationId, new ProposeMinutesAmendmentCommand(meetingId, amendmentId, request.text()));
        return new MeetingResponses.Amendment(meetingId, amendmentId, request.text());
    }

    @PostMapping("/amendments/{amendmentId}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve an amendment, as minutes are approved (mode, atMeetingId)")
    public void approveAmendment(@PathVariable String cooperationId, @PathVariable String meetingId,
                                 @PathVariable String amendmentId,
                                 @Valid @RequestBody MeetingRequests.Approval request) {
        commands.send(cooperationId, new ApproveMinutesAmendmentCommand(meetingId, amendmentId, request.mode(),
                                                                        request.atMeetingId()));
    }
}
