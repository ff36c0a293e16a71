package fr.entente.meeting.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When and where a meeting is, and where it stands: scheduled, live, ended or cancelled. {@code sequence} grows at every
 * change of date, time, place or status, as calendars (iCalendar SEQUENCE) need.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
                isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class ScheduleView {

    String meetingId;
    String cooperationId;
    String bodyId;
    String seriesId;
    String title;
    LocalDate date;
    LocalTime startTime;
    LocalTime endTime;
    String place;
    String videoLink;
    MeetingStatus status = MeetingStatus.SCHEDULED;
    String cancelReason;
    Instant startedAt;
    Instant endedAt;
    int sequence;

    void schedule(MeetingScheduledEvent event) {
        meetingId = event.meetingId();
        cooperationId = event.cooperationId();
        bodyId = event.bodyId();
        seriesId = event.seriesId();
        title = event.title();
        date = event.date();
        startTime = event.startTime();
        endTime = event.endTime();
        place = event.place();
        videoLink = event.videoLink();
    }

    void move(MeetingMovedEvent event) {
        date = event.date();
        startTime = event.startTime();
        endTime = event.endTime();
        place = event.place();
        videoLink = event.videoLink();
        sequence++;
    }

    void cancel(String reason) {
        status = MeetingStatus.CANCELLED;
        cancelReason = reason;
        sequence++;
    }

    void start(Instant at) {
        status = MeetingStatus.LIVE;
        startedAt = at;
        sequence++;
    }

    void end(Instant at) {
        status = MeetingStatus.ENDED;
        endedAt = at;
        sequence++;
    }
}
