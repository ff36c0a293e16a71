package fr.entente.web.meeting;

import fr.entente.meeting.api.CancelMeetingCommand;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingSeriesPlannedEvent;
import fr.entente.meeting.api.MoveMeetingCommand;
import fr.entente.meeting.api.PlanMeetingSeriesCommand;
import fr.entente.meeting.api.Recurrence;
import fr.entente.meeting.api.ScheduleMeetingCommand;
import fr.entente.meeting.api.SetAgendaRequestDeadlineCommand;
import org.springframework.stereotype.Component;

/**
 * When and where a body meets: one meeting, a series on a recurrence, a move, a cancellation, the deadline for
 * agenda requests. The API and the pages both do it here; the body's officer or convenor may, a member is refused
 * (403), anyone else is told the meeting does not exist (404).
 */
@Component
public class MeetingScheduling {

    private final MeetingCommands commands;

    MeetingScheduling(MeetingCommands commands) {
        this.commands = commands;
    }

    public MeetingResults.MeetingScheduled schedule(String cooperationId, String bodyId, MeetingRequests.NewMeeting request) {
        String meetingId = MeetingCommands.newId();
        commands.send(cooperationId, new ScheduleMeetingCommand(meetingId, cooperationId, bodyId, request.title(),
                request.date(), request.startTime(), request.endTime(), request.place(), request.videoLink()));
        MeetingScheduledEvent scheduled = commands.created(meetingId, MeetingScheduledEvent.class);
        return new MeetingResults.MeetingScheduled(meetingId, scheduled.bodyId(), scheduled.title(), scheduled.date(),
                scheduled.startTime(), scheduled.endTime(), scheduled.place(), scheduled.videoLink());
    }

    public MeetingResults.SeriesPlanned plan(String cooperationId, String bodyId, MeetingRequests.NewMeetingSeries request) {
        String seriesId = MeetingCommands.newId();
        MeetingRequests.RecurrenceRequest recurrence = request.recurrence();
        commands.send(cooperationId, new PlanMeetingSeriesCommand(seriesId, cooperationId, bodyId, request.title(),
                new Recurrence(recurrence.frequency(), recurrence.dayOfWeek(), zeroIfNull(recurrence.ordinal()),
                               zeroIfNull(recurrence.everyWeeks())),
                request.firstDate(), request.lastDate(), request.startTime(), request.endTime(), request.place(),
                request.videoLink()));
        MeetingSeriesPlannedEvent planned = commands.created(seriesId, MeetingSeriesPlannedEvent.class);
        return new MeetingResults.SeriesPlanned(seriesId, planned.bodyId(), planned.title(), planned.occurrences());
    }

    public MeetingResults.MeetingMoved move(String cooperationId, String meetingId, MeetingRequests.MeetingMove request) {
        commands.send(cooperationId, new MoveMeetingCommand(meetingId, request.date(), request.startTime(),
                request.endTime(), request.place(), request.videoLink()));
        return new MeetingResults.MeetingMoved(meetingId, request.date(), request.startTime(), request.endTime(),
                                               request.place(), request.videoLink());
    }

    public void cancel(String cooperationId, String meetingId, MeetingRequests.Reason request) {
        commands.send(cooperationId, new CancelMeetingCommand(meetingId, request.reason()));
    }

    public MeetingResults.DeadlineSet setDeadline(String cooperationId, String meetingId, MeetingRequests.Deadline request) {
        commands.send(cooperationId, new SetAgendaRequestDeadlineCommand(meetingId, request.deadline()));
        return new MeetingResults.DeadlineSet(meetingId, request.deadline());
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
