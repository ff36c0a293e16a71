package fr.entente.study.query;

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
 * A study as it stood at an instant: its events up to that instant applied in memory by the very changes that build
 * the {@code studies} read model ({@link StudyChanges}), so that it is the chain its page showed then. Nothing is
 * stored and no page is told.
 */
@Component
public class StudyHistory {

    /** The views being rebuilt, each thread its own: the changes' handlers are inspected once, not at each call. */
    private final ThreadLocal<Map<String, StudyView>> rebuilding = ThreadLocal.withInitial(HashMap::new);
    private final AnnotationEventHandlerAdapter changes = new AnnotationEventHandlerAdapter(new StudyChanges(new InMemory(rebuilding)));

    /** The study that these events of its stream, oldest first, build; only those at or before {@code at} count. */
    public Optional<StudyView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        Map<String, StudyView> views = rebuilding.get();
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
            throw new IllegalStateException("A study's event could not be replayed", e);
        } finally {
            views.clear();
        }
    }

    private record InMemory(ThreadLocal<Map<String, StudyView>> views) implements StudyChanges.Views {

        @Override
        public Optional<StudyView> find(String studyId) {
            return Optional.ofNullable(views.get().get(studyId));
        }

        @Override
        public void save(StudyView view, LogPosition position) {
            views.get().put(view.studyId(), view);
        }
    }
}
