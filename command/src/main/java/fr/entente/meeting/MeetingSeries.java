package fr.entente.meeting;

import fr.entente.common.Required;
import fr.entente.meeting.api.BodyRoster;
import fr.entente.meeting.api.MeetingLimits;
import fr.entente.meeting.api.MeetingOccurrence;
import fr.entente.meeting.api.MeetingScheduledEvent;
import fr.entente.meeting.api.MeetingSeriesPlannedEvent;
import fr.entente.meeting.api.PlanMeetingSeriesCommand;
import fr.entente.meeting.api.Recurrence;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.entente.meeting.api.MeetingRefusal.BODY_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.COOPERATION_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.FIRST_DATE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.LAST_BEFORE_FIRST;
import static fr.entente.meeting.api.MeetingRefusal.LAST_DATE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.NO_OCCURRENCE;
import static fr.entente.meeting.api.MeetingRefusal.RECURRENCE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.SERIES_ID_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.TITLE_REQUIRED;
import static fr.entente.meeting.api.MeetingRefusal.TOO_MANY_OCCURRENCES;
import static fr.entente.meeting.api.MeetingRefusedException.refused;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * A body's meetings planned for a period on a recurrence, such as the working group's monthly meetings of the
 * year. Planning it schedules one {@link Meeting} per date, in the same unit of work; each is then moved or
 * cancelled on its own. A meeting's identifier is the series' followed by its date, so that planning twice
 * cannot make two meetings of one date.
 */
@Aggregate
public class MeetingSeries {

    @AggregateIdentifier
    private String seriesId;
    private String cooperationId;
    private String bodyId;
    private List<MeetingOccurrence> occurrences = new ArrayList<>();

    protected MeetingSeries() {
        // for Axon and the snapshot mapper
    }

    @CommandHandler
    public MeetingSeries(PlanMeetingSeriesCommand command, MetaData metaData, BodyRoster roster) {
        String id = Required.id(command.seriesId(), () -> refused(SERIES_ID_REQUIRED));
        Access.of(metaData, roster, Required.id(command.cooperationId(), () -> refused(COOPERATION_ID_REQUIRED)),
                  Required.id(command.bodyId(), () -> refused(BODY_ID_REQUIRED))).manager();
        List<MeetingScheduledEvent> meetings = meetings(id, command);
        apply(new MeetingSeriesPlannedEvent(id, command.cooperationId(), command.bodyId(), meetings.get(0).title(),
                                            command.recurrence(), command.firstDate(), command.lastDate(),
                                            command.startTime(), command.endTime(), meetings.get(0).place(),
                                            meetings.get(0).videoLink(),
                                            meetings.stream().map(m -> new MeetingOccurrence(m.meetingId(), m.date())).toList()))
                .andThen(() -> meetings.forEach(MeetingSeries::create));
    }

    /**
     * Creates a meeting of the series. Called once the series' event is applied (a constructor's events are applied
     * after it returns), so that the log says the series was planned before its meetings were scheduled.
     */
    private static void create(MeetingScheduledEvent meeting) {
        try {
            createNew(Meeting.class, () -> new Meeting(meeting));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the meeting " + meeting.meetingId() + " could not be created", e);
        }
    }

    /** The meetings to schedule, checked: at least one, at most {@value MeetingLimits#OCCURRENCES}. */
    private static List<MeetingScheduledEvent> meetings(String seriesId, PlanMeetingSeriesCommand command) {
        Required.text(command.title(), () -> refused(TITLE_REQUIRED));
        Recurrence recurrence = Required.value(command.recurrence(), () -> refused(RECURRENCE_REQUIRED));
        LocalDate first = MeetingDates.inRange(Required.value(command.firstDate(), () -> refused(FIRST_DATE_REQUIRED)),
                                               "firstDate");
        LocalDate last = MeetingDates.inRange(Required.value(command.lastDate(), () -> refused(LAST_DATE_REQUIRED)),
                                              "lastDate");
        if (last.isBefore(first)) {
            throw refused(LAST_BEFORE_FIRST);
        }
        Schedule.checkTimes(command.startTime(), command.endTime());
        Schedule.checkWhere(command.place(), command.videoLink());
        List<LocalDate> dates = Recurrences.dates(recurrence, first, last);
        if (dates.isEmpty()) {
            throw refused(NO_OCCURRENCE);
        }
        if (dates.size() > MeetingLimits.OCCURRENCES) {
            throw refused(TOO_MANY_OCCURRENCES, dates.size(), MeetingLimits.OCCURRENCES);
        }
        return dates.stream()
                    .map(date -> Schedule.scheduling(seriesId + "-" + date, command.cooperationId(), command.bodyId(),
                                                     seriesId, command.title(), date, command.startTime(),
                                                     command.endTime(), command.place(), command.videoLink()))
                    .toList();
    }

    @EventSourcingHandler
    void on(MeetingSeriesPlannedEvent event) {
        seriesId = event.seriesId();
        cooperationId = event.cooperationId();
        bodyId = event.bodyId();
        occurrences = new ArrayList<>(event.occurrences());
    }
}
