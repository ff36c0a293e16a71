package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.MeetingCancelledEvent;
import fr.entente.meeting.api.MeetingEndedEvent;
import fr.entente.meeting.api.MeetingMovedEvent;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingStartedEvent;
import fr.entente.meeting.api.MoveMeetingCommand;
import fr.entente.meeting.api.ScheduleMeetingCommand;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.time.LocalTime;

import static fr.entente.meeting.api.MeetingRefusal.ALREADY_STARTED;
import static fr.entente.meeting.api.MeetingRefusal.BODY_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.CANCELLED;
import static fr.entente.meeting.api.MeetingRefusal.COOPERATION_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.DATE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.ENDED;
import static fr.entente.meeting.api.MeetingRefusal.END_BEFORE_START;
import static fr.entente.meeting.api.MeetingRefusal.END_TIME_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.MEETING_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.NOT_ENDED;
import static fr.entente.meeting.api.MeetingRefusal.NOT_STARTED;
import static fr.entente.meeting.api.MeetingRefusal.PLACE_OR_LINK;
import static fr.entente.meeting.api.MeetingRefusal.REASON_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.START_TIME_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.TITLE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusedException.refused;

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
        return scheduling(Required.id(command.meetingId(), () -> refused(MEETING_ID_REQUIRED)), command.cooperationId(), command.bodyId(),
                          null, command.title(), command.date(), command.startTime(), command.endTime(),
                          command.place(), command.videoLink());
    }

    /** A meeting to schedule, alone or in a series ({@code seriesId}), checked. */
    static MeetingScheduledEvent scheduling(String meetingId, String cooperationId, String bodyId, String seriesId,
                                            String title, LocalDate date, LocalTime startTime, LocalTime endTime,
                                            String place, String videoLink) {
        String checkedTitle = Required.text(title, () -> refused(TITLE_REQUIRED));
        MeetingDates.inRange(Required.value(date, () -> refused(DATE_REQUIRED)), "date");
        checkTimes(startTime, endTime);
        checkWhere(place, videoLink);
        return new MeetingScheduledEvent(meetingId, Required.id(cooperationId, () -> refused(COOPERATION_ID_REQUIRED)),
                                         Required.id(bodyId, () -> refused(BODY_ID_REQUIRED)), seriesId, checkedTitle, date, startTime,
                                         endTime, Required.optional(place), Required.optional(videoLink));
    }

    static void checkTimes(LocalTime startTime, LocalTime endTime) {
        Required.value(startTime, () -> refused(START_TIME_REQUIRED));
        Required.value(endTime, () -> refused(END_TIME_REQUIRED));
        if (!endTime.isAfter(startTime)) {
            throw refused(END_BEFORE_START);
        }
    }

    static void checkWhere(String place, String videoLink) {
        if (Required.optional(place) == null && Required.optional(videoLink) == null) {
            throw refused(PLACE_OR_LINK);
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
        MeetingDates.inRange(Required.value(command.date(), () -> refused(DATE_REQUIRED)), "date");
        checkTimes(command.startTime(), command.endTime());
        checkWhere(command.place(), command.videoLink());
        return new MeetingMovedEvent(meetingId, command.date(), command.startTime(), command.endTime(),
                                     Required.optional(command.place()), Required.optional(command.videoLink()));
    }

    MeetingCancelledEvent cancel(String meetingId, String reason) {
        beforeStart();
        return new MeetingCancelledEvent(meetingId, Required.text(reason, () -> refused(REASON_REQUIRED)));
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
            throw refused(ALREADY_STARTED);
        }
    }

    /** Started and not ended. */
    void live() {
        notCancelled();
        if (phase == Phase.SCHEDULED) {
            throw refused(NOT_STARTED);
        }
        if (phase == Phase.ENDED) {
            throw refused(ENDED);
        }
    }

    /** Scheduled or live: the agenda can still change. */
    void beforeEnd() {
        notCancelled();
        if (phase == Phase.ENDED) {
            throw refused(ENDED);
        }
    }

    /** Live or ended: what happened can be recorded (notes and attendance, until the minutes are drafted). */
    void started() {
        notCancelled();
        if (phase == Phase.SCHEDULED) {
            throw refused(NOT_STARTED);
        }
    }

    /** Ended: the minutes can be written. */
    void ended() {
        notCancelled();
        if (phase != Phase.ENDED) {
            throw refused(NOT_ENDED);
        }
    }

    private void notCancelled() {
        if (phase == Phase.CANCELLED) {
            throw refused(CANCELLED);
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
