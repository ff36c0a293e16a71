package fr.entente.roadmap.query;

import fr.entente.common.query.LogPosition;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A roadmap as it stood at an instant: its events up to that instant applied in memory by the very changes that build
 * the {@code roadmaps} read model ({@link RoadmapChanges}), so that it is the roadmap its page showed then: its stage, decision, progress per action, linked studies, evaluation. Nothing is
 * stored and no page is told.
 */
@Component
public class RoadmapHistory {

    /** The views being rebuilt, each thread its own: the changes' handlers are inspected once, not at each call. */
    private final ThreadLocal<Map<String, RoadmapView>> rebuilding = ThreadLocal.withInitial(HashMap::new);
    private final AnnotationEventHandlerAdapter changes = new AnnotationEventHandlerAdapter(new RoadmapChanges(new InMemory(rebuilding)));

    /** The roadmap that these events of its stream, oldest first, build; only those at or before {@code at} count. */
    public Optional<RoadmapView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        Map<String, RoadmapView> views = rebuilding.get();
        views.clear();
        try {
            for (EventMessage<?> event : events) {
                if (event.getTimestamp().isAfter(at)) {
                    break;
                }
                if (changes.canHandle(event)) {
                    changes.handle(event);
                }
            }
            return views.values().stream().findFirst();
        } catch (Exception e) {
            throw new IllegalStateException("A roadmap's event could not be replayed", e);
        } finally {
            views.clear();
        }
    }

    private record InMemory(ThreadLocal<Map<String, RoadmapView>> views) implements RoadmapChanges.Views {

        @Override
        public Optional<RoadmapView> find(String roadmapId) {
            return Optional.ofNullable(views.get().get(roadmapId));
        }

        @Override
        public void save(RoadmapView view, LogPosition position) {
            views.get().put(view.roadmapId(), view);
        }
    }
}
