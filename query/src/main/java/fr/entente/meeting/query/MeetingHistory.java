package fr.entente.meeting.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A meeting as it stood at an instant: its own events up to that instant applied, in memory, by the very projections
 * that build the {@code meetings} read model, so that it is the view the pages showed then (agenda, record, minutes).
 * Nothing is stored and no page is told.
 */
@Component
public class MeetingHistory {

    /** The views being rebuilt, each thread its own: the projections' handlers are inspected once, not at each call. */
    private final ThreadLocal<Map<String, MeetingView>> rebuilding = ThreadLocal.withInitial(HashMap::new);
    private final List<AnnotationEventHandlerAdapter> projections;

    public MeetingHistory() {
        MeetingChanges changes = new MeetingChanges(new InMemory(rebuilding), (topic, position, type, parts) -> { });
        projections = List.of(new AnnotationEventHandlerAdapter(new MeetingScheduleProjection(changes)),
                              new AnnotationEventHandlerAdapter(new MeetingAgendaProjection(changes)),
                              new AnnotationEventHandlerAdapter(new LiveRecordProjection(changes)),
                              new AnnotationEventHandlerAdapter(new MinutesProjection(changes)));
    }

    /** The meeting that these events of its stream, oldest first, build; only those at or before {@code at} count. */
    public Optional<MeetingView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        Map<String, MeetingView> views = rebuilding.get();
        views.clear();
        try {
            replay(events, at);
            return views.values().stream().findFirst();
        } finally {
            views.clear();
        }
    }

    private void replay(List<? extends EventMessage<?>> events, Instant at) {
        for (EventMessage<?> event : events) {
            if (event.getTimestamp().isAfter(at)) {
                break;
            }
            for (AnnotationEventHandlerAdapter projection : projections) {
                if (projection.canHandle(event)) {
                    try {
                        projection.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException("A meeting's event could not be replayed: " + event.getPayloadType(), e);
                    }
                }
            }
        }
    }

    private record InMemory(ThreadLocal<Map<String, MeetingView>> views) implements MeetingChanges.Views {

        @Override
        public Optional<MeetingView> find(String meetingId) {
            return Optional.ofNullable(views.get().get(meetingId));
        }

        @Override
        public void save(MeetingView view) {
            views.get().put(view.meetingId(), view);
        }
    }
}
