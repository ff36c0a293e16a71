package fr.entente.web.meeting;

import fr.entente.meeting.api.ChangeProposalOutcomeCommand;
import fr.entente.meeting.api.EndMeetingCommand;
import fr.entente.meeting.api.MoveToAgendaItemCommand;
import fr.entente.meeting.api.NoteBlockSavedEvent;
import fr.entente.meeting.api.NoteEditConflictedEvent;
import fr.entente.meeting.api.RecordActionItemCommand;
import fr.entente.meeting.api.RecordAttendanceCommand;
import fr.entente.meeting.api.RecordProposalCommand;
import fr.entente.meeting.api.SaveNoteBlockCommand;
import fr.entente.meeting.api.StartMeetingCommand;
import fr.entente.web.meeting.MeetingResponses.NoteOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting while it is held: opened and closed, attendance, the item being discussed, the notes several members
 * take at once, the proposals and their outcome (relevé des propositions), the actions decided. Attendance and
 * notes stay open after the end, until the minutes are drafted.
 */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}/meetings/{meetingId}", produces = "application/json")
@Tag(name = "Réunions en cours")
public class LiveMeetingController {

    private final MeetingCommands commands;

    public LiveMeetingController(MeetingCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/start")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Open the meeting: attendance, notes, proposals and actions are recorded from now on")
    public void start(@PathVariable String cooperationId, @PathVariable String meetingId) {
        commands.send(cooperationId, new StartMeetingCommand(meetingId));
    }

    @PostMapping("/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close the live meeting")
    public void end(@PathVariable String cooperationId, @PathVariable String meetingId) {
        commands.send(cooperationId, new EndMeetingCommand(meetingId));
    }

    @PutMapping("/attendance/{personId}")
    @Operation(summary = "Record whether a member of the body is present, excused, absent or represented (then by whom)")
    public MeetingResponses.Attendance recordAttendance(@PathVariable String cooperationId,
                                                        @PathVariable String meetingId, @PathVariable String personId,
                                                        @Valid @RequestBody MeetingRequests.Attendance request) {
        commands.send(cooperationId, new RecordAttendanceCommand(meetingId, personId, request.status(),
                                                                 request.representedBy()));
        return new MeetingResponses.Attendance(meetingId, personId, request.status(), request.representedBy());
    }

    @PutMapping("/current-item")
    @Operation(summary = "Move the meeting on to an agenda item")
    public MeetingResponses.CurrentItem moveTo(@PathVariable String cooperationId, @PathVariable String meetingId,
                                               @Valid @RequestBody MeetingRequests.CurrentItem request) {
        commands.send(cooperationId, new MoveToAgendaItemCommand(meetingId, request.itemId()));
        return new MeetingResponses.CurrentItem(meetingId, request.itemId());
    }

    /**
     * 201 when a block was created: a new one (version 1), or a conflicting copy next to a block someone saved since
     * its author read it (outcome {@code CONFLICTING_COPY}); 200 when the block was saved over the version read.
     */
    @PutMapping("/notes/{blockId}")
    @Operation(summary = "Save a block of notes on an agenda item (any member of the body): created, saved over the "
                         + "version read, or, if someone saved it since, kept as a conflicting copy next to it; "
                         + "never lost, never written over")
    public ResponseEntity<MeetingResponses.NoteSaved> saveNotes(@PathVariable String cooperationId,
                                                                @PathVariable String meetingId,
                                                                @PathVariable String blockId,
                                                                @Valid @RequestBody MeetingRequests.NoteBlock request) {
        Object outcome = commands.send(cooperationId, new SaveNoteBlockCommand(meetingId, request.itemId(), blockId,
                                                                              request.baseVersion(), request.text()));
        if (outcome instanceof NoteEditConflictedEvent conflict) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new MeetingResponses.NoteSaved(meetingId,
                    conflict.itemId(), NoteOutcome.CONFLICTING_COPY, conflict.newBlockId(), 1,
                    conflict.originalBlockId(), conflict.currentVersion()));
        }
        NoteBlockSavedEvent saved = (NoteBlockSavedEvent) outcome;
        return ResponseEntity.status(saved.version() == 1 ? HttpStatus.CREATED : HttpStatus.OK)
                             .body(new MeetingResponses.NoteSaved(meetingId, saved.itemId(), NoteOutcome.SAVED,
                                                                  saved.blockId(), saved.version(), null, null));
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a proposal made on an item and its outcome; referredToBodyId if and only if REFERRED")
    public MeetingResponses.Proposal recordProposal(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                    @Valid @RequestBody MeetingRequests.NewProposal request) {
        String proposalId = MeetingCommands.idOr(request.proposalId());
        commands.send(cooperationId, new RecordProposalCommand(meetingId, proposalId, request.itemId(),
                request.proposedByPersonId(), request.proposedByOrganisationId(), request.text(), request.outcome(),
                request.referredToBodyId()));
        return new MeetingResponses.Proposal(meetingId, proposalId, request.itemId(), request.proposedByPersonId(),
                request.proposedByOrganisationId(), request.text(), request.outcome(), request.referredToBodyId());
    }

    @PutMapping("/proposals/{proposalId}/outcome")
    @Operation(summary = "Correct a proposal's outcome while the meeting is live")
    public MeetingResponses.ProposalOutcomeChanged changeOutcome(@PathVariable String cooperationId,
                                                                 @PathVariable String meetingId,
                                                                 @PathVariable String proposalId,
                                                                 @Valid @RequestBody MeetingRequests.OutcomeChange request) {
        commands.send(cooperationId, new ChangeProposalOutcomeCommand(meetingId, proposalId, request.outcome(),
                                                                      request.referredToBodyId()));
        return new MeetingResponses.ProposalOutcomeChanged(meetingId, proposalId, request.outcome(),
                                                           request.referredToBodyId());
    }

    @PostMapping("/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an action decided on an item: what, one owner (an organisation or a person), by when")
    public MeetingResponses.ActionItem recordAction(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                    @Valid @RequestBody MeetingRequests.NewActionItem request) {
        String actionId = MeetingCommands.idOr(request.actionId());
        commands.send(cooperationId, new RecordActionItemCommand(meetingId, actionId, request.itemId(), request.what(),
                request.ownerOrganisationId(), request.ownerPersonId(), request.dueDate()));
        return new MeetingResponses.ActionItem(meetingId, actionId, request.itemId(), request.what(),
                request.ownerOrganisationId(), request.ownerPersonId(), request.dueDate());
    }
}
