package fr.entente.web.meeting;

import fr.entente.meeting.api.CancelMeetingCommand;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingSeriesPlannedEvent;
import fr.entente.meeting.api.MoveMeetingCommand;
import fr.entente.meeting.api.PlanMeetingSeriesCommand;
import fr.entente.meeting.api.Recurrence;
import fr.entente.meeting.api.ScheduleMeetingCommand;
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
 * When and where a body meets: one meeting, a series on a recurrence, a move, a cancellation. The body's officer
 * or convenor does this; a member gets 403, anyone else 404.
 */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}", produces = "application/json")
@Tag(name = "Réunions")
public class MeetingScheduleController {

    private final MeetingCommands commands;

    public MeetingScheduleController(MeetingCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/bodies/{bodyId}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule one meeting of a body (date and times in Europe/Paris; a place, a video link or both)")
    public MeetingResponses.MeetingScheduled schedule(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                      @Valid @RequestBody MeetingRequests.NewMeeting request) {
        String meetingId = MeetingCommands.idOr(request.meetingId());
        commands.send(cooperationId, new ScheduleMeetingCommand(meetingId, cooperationId, bodyId, request.title(),
                request.date(), request.startTime(), request.endTime(), request.place(), request.videoLink()));
        MeetingScheduledEvent scheduled = commands.created(meetingId, MeetingScheduledEvent.class);
        return new MeetingResponses.MeetingScheduled(meetingId, scheduled.bodyId(), scheduled.title(), scheduled.date(),
                scheduled.startTime(), scheduled.endTime(), scheduled.place(), scheduled.videoLink());
    }

    @PostMapping("/bodies/{bodyId}/meeting-series")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a body's meetings on a recurrence (monthly on the nth or last weekday, or every n weeks):"
                         + " one meeting per date, with the id <seriesId>-<yyyy-MM-dd>")
    public MeetingResponses.SeriesPlanned plan(@PathVariable String cooperationId, @PathVariable String bodyId,
                                               @Valid @RequestBody MeetingRequests.NewMeetingSeries request) {
        String seriesId = MeetingCommands.idOr(request.seriesId());
        MeetingRequests.RecurrenceRequest recurrence = request.recurrence();
        commands.send(cooperationId, new PlanMeetingSeriesCommand(seriesId, cooperationId, bodyId, request.title(),
                new Recurrence(recurrence.frequency(), recurrence.dayOfWeek(), zeroIfNull(recurrence.ordinal()),
                               zeroIfNull(recurrence.everyWeeks())),
                request.firstDate(), request.lastDate(), request.startTime(), request.endTime(), request.place(),
                request.videoLink()));
        MeetingSeriesPlannedEvent planned = commands.created(seriesId, MeetingSeriesPlannedEvent.class);
        return new MeetingResponses.SeriesPlanned(seriesId, planned.bodyId(), planned.title(), planned.occurrences());
    }

    @PutMapping("/meetings/{meetingId}/schedule")
    @Operation(summary = "Move a meeting that has not started (date, times and place all given again)")
    public MeetingResponses.MeetingMoved move(@PathVariable String cooperationId, @PathVariable String meetingId,
                                              @Valid @RequestBody MeetingRequests.MeetingMove request) {
        commands.send(cooperationId, new MoveMeetingCommand(meetingId, request.date(), request.startTime(),
                request.endTime(), request.place(), request.videoLink()));
        return new MeetingResponses.MeetingMoved(meetingId, request.date(), request.startTime(), request.endTime(),
                                                 request.place(), request.videoLink());
    }

    @PostMapping("/meetings/{meetingId}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a meeting that has not started, saying why (shown to the body's members)")
    public void cancel(@PathVariable String cooperationId, @PathVariable String meetingId,
                       @Valid @RequestBody MeetingRequests.Reason request) {
        commands.send(cooperationId, new CancelMeetingCommand(meetingId, request.reason()));
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
