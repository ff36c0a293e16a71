package fr.entente.web.meeting.rest;

import java.time.format.DateTimeParseException;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.RequestParam;
import fr.entente.web.problem.WebRefusal;
import fr.entente.web.problem.RequestRefusedException;
import fr.entente.web.meeting.MeetingAsItStood;
import fr.entente.meeting.query.MeetingSummary;
import fr.entente.meeting.query.MeetingView;
import fr.entente.web.meeting.MeetingAccess;
import fr.entente.web.meeting.MeetingReferrals;
import fr.entente.web.meeting.ReportedMinutes;
import fr.entente.web.problem.NotVisibleException;
import fr.entente.web.meeting.MeetingNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The meetings of a body, and one meeting with its agenda, live record and minutes, for the body's members. */
@RestController
@RequestMapping(path = "/api/cooperations/{cooperationId}", produces = "application/json")
@Tag(name = "Réunions", description = "The meetings of the bodies: schedule, agenda, live record, notes, minutes. "
                                      + "Only the members of a body see its meetings (404 for anyone else). Reads are "
                                      + "eventually consistent: a change answered a moment ago shows within a few "
                                      + "milliseconds.")
public class MeetingQueriesController {

    private final MeetingAccess access;
    private final MeetingNames names;
    private final ReportedMinutes reported;
    private final MeetingReferrals referrals;
    private final MeetingAsItStood asItStood;

    public MeetingQueriesController(MeetingAccess access, MeetingNames names, ReportedMinutes reported,
                                    MeetingReferrals referrals, MeetingAsItStood asItStood) {
        this.asItStood = asItStood;
        this.access = access;
        this.names = names;
        this.reported = reported;
        this.referrals = referrals;
    }

    @GetMapping("/bodies/{bodyId}/meetings")
    @Operation(summary = "A body's meetings, by date then start time",
               description = "For the members of the body only, whatever their role: 404 for anyone else, members of "
                             + "the cooperation who do not sit in the body included.")
    public List<MeetingSummary> bodyMeetings(@PathVariable String cooperationId, @PathVariable String bodyId) {
        return access.bodyMeetings(cooperationId, bodyId);
    }

    @GetMapping("/meetings/{meetingId}")
    @Operation(summary = "A meeting: schedule, agenda requests and items, amendments, attendance, notes, proposals "
                         + "(with the history of their outcome), actions and minutes, with the names of the people and "
                         + "organisations it names",
               description = "For the members of the meeting's body only: 404 for anyone else, as for a meeting that "
                             + "does not exist. Minutes not yet published are shown to the body's officer and convenor "
                             + "only. Live updates: topic cooperation/{c}/meeting/{m}.")
    public MeetingResponse meeting(@PathVariable String cooperationId, @PathVariable String meetingId) {
        MeetingView meeting = access.meeting(cooperationId, meetingId);
        MeetingNames.Names named = names.of(meeting);
        return new MeetingResponse(meeting, named.people(), named.organisations());
    }

    @GetMapping("/meetings/{meetingId}/published-record")
    @Operation(summary = "A meeting's published minutes with its agenda, attendance, record of proposals and actions",
               description = "For the members of the meeting's body, and for the members of the bodies it reports to "
                             + "(the technical committee, for the working group) once the minutes are published: "
                             + "never the requests, the notes or minutes not yet published. 404 for anyone else.")
    public MeetingResponse publishedRecord(@PathVariable String cooperationId, @PathVariable String meetingId) {
        MeetingView record = access.minutesReader(cooperationId, meetingId).meeting().publishedRecord()
                                   .orElseThrow(NotVisibleException::meeting);
        MeetingNames.Names named = names.of(record);
        return new MeetingResponse(record, named.people(), named.organisations());
    }

    @GetMapping("/meetings/{meetingId}/as-it-stood")
    @Operation(summary = "A meeting as it stood at an instant: its agenda, record and minutes then",
               description = "at: an ISO 8601 instant with its offset (2026-03-12T14:00:00+01:00 or …Z). Rebuilt from the "
                             + "meeting's own events up to that instant; as each member saw it then (minutes not yet "
                             + "published only for the officer and the convenor). 404 for anyone outside the body, or "
                             + "before the meeting was scheduled.")
    public MeetingResponse asItStood(@PathVariable String cooperationId, @PathVariable String meetingId,
                                     @RequestParam String at) {
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new RequestRefusedException(WebRefusal.INVALID_VALUE, at, "at");
        }
        MeetingView then = asItStood.at(cooperationId, meetingId, instant.toInstant()).meeting();
        MeetingNames.Names named = names.of(then);
        return new MeetingResponse(then, named.people(), named.organisations());
    }

    @GetMapping("/bodies/{bodyId}/reported-minutes")
    @Operation(summary = "The minutes published by the bodies that report to this one, newest first",
               description = "For the members of the body: what the bodies reporting to it have published (their "
                             + "published record: /meetings/{meetingId}/published-record). 404 for anyone else.")
    public List<ReportedMinutes.Report> reportedMinutes(@PathVariable String cooperationId, @PathVariable String bodyId) {
        return reported.toBody(cooperationId, bodyId);
    }

    @GetMapping("/bodies/{bodyId}/referrals")
    @Operation(summary = "The proposals other bodies referred to this one that wait to join one of its meetings' requests",
               description = "For the members of the body; oldest first. 404 for anyone else.")
    public List<MeetingReferrals.Waiting> waitingReferrals(@PathVariable String cooperationId, @PathVariable String bodyId) {
        return referrals.waitingFor(cooperationId, bodyId);
    }
}
