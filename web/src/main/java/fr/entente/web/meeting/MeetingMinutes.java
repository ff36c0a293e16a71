package fr.entente.web.meeting;

import fr.entente.meeting.api.ApproveMinutesAmendmentCommand;
import fr.entente.meeting.api.ApproveMinutesCommand;
import fr.entente.meeting.api.DraftMinutesCommand;
import fr.entente.meeting.api.EditMinutesCommand;
import fr.entente.meeting.api.MinutesReceipt;
import fr.entente.meeting.api.ProposeMinutesAmendmentCommand;
import fr.entente.meeting.api.PublishMinutesCommand;
import fr.entente.meeting.api.SubmitMinutesCommand;
import org.springframework.stereotype.Component;

/**
 * A meeting's minutes (compte rendu), for the API and the pages: drafted once the meeting ended, edited over the
 * version read (a conflict if someone saved since: the writer keeps their text), submitted, approved by the convenor
 * or by the body at a later live meeting, published; once approved they never change, and a correction is an
 * amendment.
 */
@Component
public class MeetingMinutes {

    private final MeetingCommands commands;

    MeetingMinutes(MeetingCommands commands) {
        this.commands = commands;
    }

    public MeetingResults.Minutes draft(String cooperationId, String meetingId) {
        MinutesReceipt drafted = commands.send(cooperationId, new DraftMinutesCommand(meetingId));
        return new MeetingResults.Minutes(meetingId, drafted.version(), drafted.text());
    }

    public MeetingResults.Minutes edit(String cooperationId, String meetingId, MeetingRequests.MinutesEdit request) {
        MinutesReceipt edited = commands.send(cooperationId,
                new EditMinutesCommand(meetingId, request.baseVersion(), request.text()));
        return new MeetingResults.Minutes(meetingId, edited.version(), edited.text());
    }

    public void submit(String cooperationId, String meetingId) {
        commands.send(cooperationId, new SubmitMinutesCommand(meetingId));
    }

    public void approve(String cooperationId, String meetingId, MeetingRequests.Approval request) {
        commands.send(cooperationId, new ApproveMinutesCommand(meetingId, request.mode(), request.atMeetingId()));
    }

    public void publish(String cooperationId, String meetingId) {
        commands.send(cooperationId, new PublishMinutesCommand(meetingId));
    }

    public MeetingResults.Amendment proposeAmendment(String cooperationId, String meetingId,
                                                     MeetingRequests.NewAmendment request) {
        String amendmentId = MeetingCommands.idOr(request.amendmentId());
        commands.send(cooperationId, new ProposeMinutesAmendmentCommand(meetingId, amendmentId, request.text()));
        return new MeetingResults.Amendment(meetingId, amendmentId, request.text());
    }

    public void approveAmendment(String cooperationId, String meetingId, String amendmentId,
                                 MeetingRequests.Approval request) {
        commands.send(cooperationId, new ApproveMinutesAmendmentCommand(meetingId, amendmentId, request.mode(),
                                                                        request.atMeetingId()));
    }
}
