package fr.entente.web.meeting.rest;

import fr.entente.web.meeting.MeetingScheduling;
import fr.entente.web.meeting.MeetingRequests;
import fr.entente.web.meeting.MeetingResults;
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

    private final MeetingScheduling scheduling;

    public MeetingScheduleController(MeetingScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @PostMapping("/bodies/{bodyId}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule one meeting of a body (date and times in Europe/Paris; a place, a video link or both)")
    public MeetingResults.MeetingScheduled schedule(@PathVariable String cooperationId, @PathVariable String bodyId,
                                                      @Valid @RequestBody MeetingRequests.NewMeeting request) {
        return scheduling.schedule(cooperationId, bodyId, request);
    }

    @PostMapping("/bodies/{bodyId}/meeting-series")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a body's meetings on a recurrence (monthly on the nth or last weekday, or every n weeks):"
                         + " one meeting per date, with the id <seriesId>-<yyyy-MM-dd>")
    public MeetingResults.SeriesPlanned plan(@PathVariable String cooperationId, @PathVariable String bodyId,
                                               @Valid @RequestBody MeetingRequests.NewMeetingSeries request) {
        return scheduling.plan(cooperationId, bodyId, request);
    }

    @PutMapping("/meetings/{meetingId}/schedule")
    @Operation(summary = "Move a meeting that has not started (date, times and place all given again)")
    public MeetingResults.MeetingMoved move(@PathVariable String cooperationId, @PathVariable String meetingId,
                                              @Valid @RequestBody MeetingRequests.MeetingMove request) {
        return scheduling.move(cooperationId, meetingId, request);
    }

    @PostMapping("/meetings/{meetingId}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel a meeting that has not started, saying why (shown to the body's members)")
    public void cancel(@PathVariable String cooperationId, @PathVariable String meetingId,
                       @Valid @RequestBody MeetingRequests.Reason request) {
        scheduling.cancel(cooperationId, meetingId, request);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
