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

    /** The meeting that these events of its stream, oldest first, build; only those at or before {@code at} count. */
    public Optional<MeetingView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        Map<String, MeetingView> views = new HashMap<>();
        MeetingChanges changes = new MeetingChanges(new InMemory(views), (topic, position, type, parts) -> { });
        List<AnnotationEventHandlerAdapter> projections = List.of(
                new AnnotationEventHandlerAdapter(new MeetingScheduleProjection(changes)),
                new AnnotationEventHandlerAdapter(new MeetingAgendaProjection(changes)),
                new AnnotationEventHandlerAdapter(new LiveRecordProjection(changes)),
                new AnnotationEventHandlerAdapter(new MinutesProjection(changes)));
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
        return views.values().stream().findFirst();
    }

    private record InMemory(Map<String, MeetingView> views) implements MeetingChanges.Views {

        @Override
        public Optional<MeetingView> find(String meetingId) {
            return Optional.ofNullable(views.get(meetingId));
        }

        @Override
        public void save(MeetingView view) {
            views.put(view.meetingId(), view);
        }
    }
}
