package fr.entente.meeting.query;

import fr.entente.common.query.ViewHistory;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A meeting as it stood at an instant: its own events up to that instant applied, in memory, by the very projections
 * that build the {@code meetings} read model, so that it is the view the pages showed then (agenda, record, minutes).
 * Nothing is stored and no page is told.
 */
@Component
public class MeetingHistory {

    private final ViewHistory<MeetingView> history = new ViewHistory<>("A meeting", MeetingView::meetingId, views -> {
        MeetingChanges changes = new MeetingChanges(new InMemory(views), (topic, position, type, parts) -> { });
        return List.of(new MeetingScheduleProjection(changes), new MeetingAgendaProjection(changes),
                       new LiveRecordProjection(changes), new MinutesProjection(changes));
    });

    /** The meeting that these events of its stream, oldest first, build; only those at or before {@code at} count. */
    public Optional<MeetingView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        return history.asItStood(events, at);
    }

    private record InMemory(ViewHistory.Views<MeetingView> views) implements MeetingChanges.Views {

        @Override
        public Optional<MeetingView> find(String meetingId) {
            return views.find(meetingId);
        }

        @Override
        public void save(MeetingView view) {
            views.save(view);
        }
    }
}
