package fr.entente.meeting.query;

import fr.entente.common.query.LogPosition;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingEndedEvent;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static fr.entente.meeting.query.MeetingAspect.SCHEDULE;

/**
 * A meeting's schedule in its view ({@link MeetingView}): scheduled, moved, cancelled, started, ended. The meetings'
 * projection is four classes of one processing group, one per part of the meeting, in the order of the log.
 */
@Component
@ProcessingGroup("meetings")
class MeetingScheduleProjection {

    private final MeetingChanges meetings;

    MeetingScheduleProjection(MeetingChanges meetings) {
        this.meetings = meetings;
    }

    @EventHandler
    void on(MeetingScheduledEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.create(event.meetingId(), position, at, meeting -> meeting.schedule.schedule(event));
    }

    @EventHandler
    void on(MeetingMovedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.schedule.move(event), SCHEDULE);
    }

    @EventHandler
    void on(MeetingCancelledEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.schedule.cancel(event.reason()), SCHEDULE);
    }

    @EventHandler
    void on(MeetingStartedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.schedule.start(at), SCHEDULE);
    }

    @EventHandler
    void on(MeetingEndedEvent event, @Timestamp Instant at, LogPosition position) {
        meetings.change(event.meetingId(), position, at, meeting -> meeting.schedule.end(at), SCHEDULE);
    }
}
