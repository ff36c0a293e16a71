package fr.entente.web.meeting.rest;

import fr.entente.web.meeting.MeetingProceedings;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingResults;
import fr.entente.web.meeting.MeetingResults.NoteOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import fr.entente.web.validation.PartId;
import fr.entente.web.meeting.ProposalVotes;
import java.net.URI;
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

    private final MeetingProceedings proceedings;
    private final ProposalVotes votes;

    public LiveMeetingController(MeetingProceedings proceedings, ProposalVotes votes) {
        this.proceedings = proceedings;
        this.votes = votes;
    }

    @PostMapping("/start")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Open the meeting: attendance, notes, proposals and actions are recorded from now on")
    public void start(@PathVariable String cooperationId, @PathVariable String meetingId) {
        proceedings.start(cooperationId, meetingId);
    }

    @PostMapping("/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close the live meeting")
    public void end(@PathVariable String cooperationId, @PathVariable String meetingId) {
        proceedings.end(cooperationId, meetingId);
    }

    @PutMapping("/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the whole attendance sheet at once: one line per member (a line without a status is "
                         + "left as it is); every line is checked before any is recorded, and a refusal names the line "
                         + "(field entries[i].…)")
    public void recordAttendanceSheet(@PathVariable String cooperationId, @PathVariable String meetingId,
                                      @Valid @RequestBody MeetingRequests.AttendanceSheet request) {
        proceedings.recordAttendanceSheet(cooperationId, meetingId, request);
    }

    @PutMapping("/attendance/{personId}")
    @Operation(summary = "Record whether a member of the body is present, excused, absent or represented (then by whom)")
    public MeetingResults.Attendance recordAttendance(@PathVariable String cooperationId,
                                                        @PathVariable String meetingId, @PathVariable String personId,
                                                        @Valid @RequestBody MeetingRequests.Attendance request) {
        return proceedings.recordAttendance(cooperationId, meetingId, personId, request);
    }

    @PutMapping("/current-item")
    @Operation(summary = "Move the meeting on to an agenda item")
    public MeetingResults.CurrentItem moveTo(@PathVariable String cooperationId, @PathVariable String meetingId,
                                               @Valid @RequestBody MeetingRequests.CurrentItem request) {
        return proceedings.moveTo(cooperationId, meetingId, request);
    }

    /**
     * 201 when a block was created: a new one (version 1), or a conflicting copy next to a block someone saved since
     * its author read it (outcome {@code CONFLICTING_COPY}); 200 when the block was saved over the version read.
     */
    @PutMapping("/notes/{blockId}")
    @Operation(summary = "Save a block of notes on an agenda item (any member of the body): created, saved over the "
                         + "version read, or, if someone saved it since, kept as a conflicting copy next to it; "
                         + "never lost, never written over")
    public ResponseEntity<MeetingResults.NoteSaved> saveNotes(@PathVariable String cooperationId,
                                                                @PathVariable String meetingId,
                                                                @PathVariable @PartId String blockId,
                                                                @Valid @RequestBody MeetingRequests.NoteBlock request) {
        MeetingResults.NoteSaved saved = proceedings.saveNote(cooperationId, meetingId, blockId, request);
        boolean created = saved.outcome() == NoteOutcome.CONFLICTING_COPY || saved.version() == 1;
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(saved);
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a proposal made on an item and its outcome; referredToBodyId if and only if REFERRED")
    public MeetingResults.Proposal recordProposal(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                    @Valid @RequestBody MeetingRequests.NewProposal request) {
        return proceedings.recordProposal(cooperationId, meetingId, request);
    }

    @PostMapping("/proposals/{proposalId}/vote")
    @Operation(summary = "Put a proposal to the body's vote while the meeting is live (its officer or convenor): opens a "
                         + "live decision of the body concerning it (decisionId); when the decision closes, its outcome "
                         + "becomes the proposal's (no quorum: deferred), and the meeting does not end before")
    public ResponseEntity<MeetingResults.ProposalPutToVote> putToVote(@PathVariable String cooperationId,
                                                                      @PathVariable String meetingId,
                                                                      @PathVariable @PartId String proposalId) {
        MeetingResults.ProposalPutToVote put = votes.putToVote(cooperationId, meetingId, proposalId);
        return ResponseEntity.created(URI.create("/api/cooperations/" + cooperationId + "/decisions/"
                                                          + put.decisionId())).body(put);
    }

    @PutMapping("/proposals/{proposalId}/outcome")
    @Operation(summary = "Correct a proposal's outcome while the meeting is live")
    public MeetingResults.ProposalOutcomeChanged changeOutcome(@PathVariable String cooperationId,
                                                                 @PathVariable String meetingId,
                                                                 @PathVariable @PartId String proposalId,
                                                                 @Valid @RequestBody MeetingRequests.OutcomeChange request) {
        return proceedings.changeOutcome(cooperationId, meetingId, proposalId, request);
    }

    @PostMapping("/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an action decided on an item: what, one owner (an organisation or a person), by when")
    public MeetingResults.ActionItem recordAction(@PathVariable String cooperationId, @PathVariable String meetingId,
                                                    @Valid @RequestBody MeetingRequests.NewActionItem request) {
        return proceedings.recordAction(cooperationId, meetingId, request);
    }
}
