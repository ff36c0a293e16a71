package fr.entente.web.meeting;

import fr.entente.meeting.api.AttendanceEntry;
import fr.entente.meeting.api.ChangeProposalOutcomeCommand;
import fr.entente.meeting.api.RecordAttendanceSheetCommand;
import fr.entente.meeting.api.EndMeetingCommand;
import fr.entente.meeting.api.MoveToAgendaItemCommand;
import fr.entente.meeting.api.NoteReceipt;
import fr.entente.meeting.api.RecordActionItemCommand;
import fr.entente.meeting.api.RecordAttendanceCommand;
import fr.entente.meeting.api.RecordProposalCommand;
import fr.entente.meeting.api.SaveNoteBlockCommand;
import fr.entente.meeting.api.StartMeetingCommand;
import fr.entente.web.meeting.MeetingResults.NoteOutcome;
import org.springframework.stereotype.Component;

/**
 * A meeting while it is held, for the API and the pages: opened and closed, attendance, the item being discussed,
 * the notes several members take at once, the proposals and their outcome (relevé des propositions), the actions.
 * Attendance and notes stay open after the end, until the minutes are drafted.
 */
@Component
public class MeetingProceedings {

    private final MeetingCommands commands;

    MeetingProceedings(MeetingCommands commands) {
        this.commands = commands;
    }

    public void start(String cooperationId, String meetingId) {
        commands.send(cooperationId, new StartMeetingCommand(meetingId));
    }

    public void end(String cooperationId, String meetingId) {
        commands.send(cooperationId, new EndMeetingCommand(meetingId));
    }

    public MeetingResults.Attendance recordAttendance(String cooperationId, String meetingId, String personId,
                                                      MeetingRequests.Attendance request) {
        commands.send(cooperationId, new RecordAttendanceCommand(meetingId, personId, request.status(),
                                                                 request.representedBy()));
        return new MeetingResults.Attendance(meetingId, personId, request.status(), request.representedBy());
    }

    /** The whole sheet: every line checked before any is recorded; the lines that change are recorded. */
    public void recordAttendanceSheet(String cooperationId, String meetingId, MeetingRequests.AttendanceSheet request) {
        commands.send(cooperationId, new RecordAttendanceSheetCommand(meetingId, request.entries().stream()
                .map(line -> new AttendanceEntry(line.personId(), line.status(), line.representedBy())).toList()));
    }

    public MeetingResults.CurrentItem moveTo(String cooperationId, String meetingId, MeetingRequests.CurrentItem request) {
        commands.send(cooperationId, new MoveToAgendaItemCommand(meetingId, request.itemId()));
        return new MeetingResults.CurrentItem(meetingId, request.itemId());
    }

    /** Saved over the version read, or, if someone saved the block since, kept as a copy next to it: never lost. */
    public MeetingResults.NoteSaved saveNote(String cooperationId, String meetingId, String blockId,
                                             MeetingRequests.NoteBlock request) {
        NoteReceipt saved = commands.send(cooperationId, new SaveNoteBlockCommand(meetingId, request.itemId(), blockId,
                                                                                 request.baseVersion(), request.text()));
        return new MeetingResults.NoteSaved(meetingId, saved.itemId(),
                                            saved.conflictingCopy() ? NoteOutcome.CONFLICTING_COPY : NoteOutcome.SAVED,
                                            saved.blockId(), saved.version(), saved.conflictsWith(),
                                            saved.conflictsWithVersion());
    }

    public MeetingResults.Proposal recordProposal(String cooperationId, String meetingId,
                                                  MeetingRequests.NewProposal request) {
        String proposalId = MeetingCommands.idOr(request.proposalId());
        commands.send(cooperationId, new RecordProposalCommand(meetingId, proposalId, request.itemId(),
                request.proposedByPersonId(), request.proposedByOrganisationId(), request.text(), request.outcome(),
                request.referredToBodyId()));
        return new MeetingResults.Proposal(meetingId, proposalId, request.itemId(), request.proposedByPersonId(),
                request.proposedByOrganisationId(), request.text(), request.outcome(), request.referredToBodyId());
    }

    public MeetingResults.ProposalOutcomeChanged changeOutcome(String cooperationId, String meetingId, String proposalId,
                                                               MeetingRequests.OutcomeChange request) {
        commands.send(cooperationId, new ChangeProposalOutcomeCommand(meetingId, proposalId, request.outcome(),
                                                                      request.referredToBodyId()));
        return new MeetingResults.ProposalOutcomeChanged(meetingId, proposalId, request.outcome(),
                                                         request.referredToBodyId());
    }

    public MeetingResults.ActionItem recordAction(String cooperationId, String meetingId,
                                                  MeetingRequests.NewActionItem request) {
        String actionId = MeetingCommands.idOr(request.actionId());
        commands.send(cooperationId, new RecordActionItemCommand(meetingId, actionId, request.itemId(), request.what(),
                request.ownerOrganisationId(), request.ownerPersonId(), request.dueDate()));
        return new MeetingResults.ActionItem(meetingId, actionId, request.itemId(), request.what(),
                request.ownerOrganisationId(), request.ownerPersonId(), request.dueDate());
    }
}
