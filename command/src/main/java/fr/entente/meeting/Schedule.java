package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.InvalidMeetingCommandException;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingEndedEvent;
import fr.entente.meeting.api.MeetingFieldMissingException;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import fr.entente.meeting.api.MeetingStateConflictException;
import fr.entente.meeting.api.MoveMeetingCommand;
import fr.entente.meeting.api.ScheduleMeetingCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When and where a meeting is held, which body of which cooperation holds it, and where it is in its life:
 * scheduled, cancelled, live, ended. The other parts ask it whether the phase allows what they are asked.
 */
class Schedule {

    enum Phase { SCHEDULED, CANCELLED, LIVE, ENDED }

    private String cooperationId;
    private String bodyId;
    private String seriesId;
    private String title;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private String place;
    private String videoLink;
    private Phase phase;

    /** A meeting to schedule alone, checked. */
    static MeetingScheduledEvent scheduling(ScheduleMeetingCommand command) {
        return scheduling(Required.id(command.meetingId(), () -> MeetingFieldMissingException.id("meetingId")), command.cooperationId(), command.bodyId(),
                          null, command.title(), command.date(), command.startTime(), command.endTime(),
                          command.place(), command.videoLink());
    }

    /** A meeting to schedule, alone or in a series ({@code seriesId}), checked. */
    static MeetingScheduledEvent scheduling(String meetingId, String cooperationId, String bodyId, String seriesId,
                                            String title, LocalDate date, LocalTime startTime, LocalTime endTime,
                                            String place, String videoLink) {
        String checkedTitle = Required.text(title, MeetingFieldMissingException::title);
        Required.value(date, MeetingFieldMissingException::date);
        checkTimes(startTime, endTime);
        checkWhere(place, videoLink);
        return new MeetingScheduledEvent(meetingId, Required.id(cooperationId, () -> MeetingFieldMissingException.id("cooperationId")),
                                         Required.id(bodyId, () -> MeetingFieldMissingException.id("bodyId")), seriesId, checkedTitle, date, startTime,
                                         endTime, Required.optional(place), Required.optional(videoLink));
    }

    static void checkTimes(LocalTime startTime, LocalTime endTime) {
        Required.value(startTime, () -> MeetingFieldMissingException.time("startTime"));
        Required.value(endTime, () -> MeetingFieldMissingException.time("endTime"));
        if (!endTime.isAfter(startTime)) {
            throw InvalidMeetingCommandException.endBeforeStart();
        }
    }

    static void checkWhere(String place, String videoLink) {
        if (Required.optional(place) == null && Required.optional(videoLink) == null) {
            throw InvalidMeetingCommandException.placeOrLinkRequired();
        }
    }

    String cooperationId() {
        return cooperationId;
    }

    String bodyId() {
        return bodyId;
    }

    String title() {
        return title;
    }

    LocalDate date() {
        return date;
    }

    MeetingMovedEvent move(String meetingId, MoveMeetingCommand command) {
        beforeStart();
        Required.value(command.date(), MeetingFieldMissingException::date);
        checkTimes(command.startTime(), command.endTime());
        checkWhere(command.place(), command.videoLink());
        return new MeetingMovedEvent(meetingId, command.date(), command.startTime(), command.endTime(),
                                     Required.optional(command.place()), Required.optional(command.videoLink()));
    }

    MeetingCancelledEvent cancel(String meetingId, String reason) {
        beforeStart();
        return new MeetingCancelledEvent(meetingId, Required.text(reason, MeetingFieldMissingException::reason));
    }

    MeetingStartedEvent start(String meetingId) {
        beforeStart();
        return new MeetingStartedEvent(meetingId);
    }

    MeetingEndedEvent end(String meetingId) {
        live();
        return new MeetingEndedEvent(meetingId);
    }

    /** Scheduled, neither cancelled nor started. */
    void beforeStart() {
        notCancelled();
        if (phase != Phase.SCHEDULED) {
            throw MeetingStateConflictException.alreadyStarted();
        }
    }

    /** Started and not ended. */
    void live() {
        notCancelled();
        if (phase == Phase.SCHEDULED) {
            throw MeetingStateConflictException.notStarted();
        }
        if (phase == Phase.ENDED) {
            throw MeetingStateConflictException.ended();
        }
    }

    /** Scheduled or live: the agenda can still change. */
    void beforeEnd() {
        notCancelled();
        if (phase == Phase.ENDED) {
            throw MeetingStateConflictException.ended();
        }
    }

    /** Live or ended: what happened can be recorded (notes and attendance, until the minutes are drafted). */
    void started() {
        notCancelled();
        if (phase == Phase.SCHEDULED) {
            throw MeetingStateConflictException.notStarted();
        }
    }

    /** Ended: the minutes can be written. */
    void ended() {
        notCancelled();
        if (phase != Phase.ENDED) {
            throw MeetingStateConflictException.notEnded();
        }
    }

    private void notCancelled() {
        if (phase == Phase.CANCELLED) {
            throw MeetingStateConflictException.cancelled();
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        cooperationId = event.cooperationId();
        bodyId = event.bodyId();
        seriesId = event.seriesId();
        title = event.title();
        date = event.date();
        startTime = event.startTime();
        endTime = event.endTime();
        place = event.place();
        videoLink = event.videoLink();
        phase = Phase.SCHEDULED;
    }

    @EventSourcingHandler
    void on(MeetingMovedEvent event) {
        date = event.date();
        startTime = event.startTime();
        endTime = event.endTime();
        place = event.place();
        videoLink = event.videoLink();
    }

    @EventSourcingHandler
    void on(MeetingCancelledEvent event) {
        phase = Phase.CANCELLED;
    }

    @EventSourcingHandler
    void on(MeetingStartedEvent event) {
        phase = Phase.LIVE;
    }

    @EventSourcingHandler
    void on(MeetingEndedEvent event) {
        phase = Phase.ENDED;
    }
}
