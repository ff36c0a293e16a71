package fr.entente.decision.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision as it stood at an instant: its events up to that instant (its own stream, and its entry in the register
 * once numbered) applied in memory by the very changes that build the {@code decisions} read model, so that it is the
 * view its page showed then: the votes as they stood, the tally, the outcome and number once given. Nothing is stored
 * and no page is told.
 */
@Component
public class DecisionHistory {

    /** The decision that these events, oldest first, build; only those at or before {@code at} count. */
    public Optional<DecisionView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        Map<String, DecisionView> views = new HashMap<>();
        AnnotationEventHandlerAdapter changes = new AnnotationEventHandlerAdapter(
                new DecisionChanges(new InMemory(views), DecisionChanges.Frames.NONE));
        for (EventMessage<?> event : events) {
            if (event.getTimestamp().isAfter(at)) {
                break;
            }
            if (changes.canHandle(event)) {
                try {
                    changes.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException("A decision's event could not be replayed: " + event.getPayloadType(), e);
                }
            }
        }
        return views.values().stream().findFirst();
    }

    private record InMemory(Map<String, DecisionView> views) implements DecisionChanges.Views {

        @Override
        public Optional<DecisionView> find(String decisionId) {
            return Optional.ofNullable(views.get(decisionId));
        }

        @Override
        public void save(DecisionView view) {
            views.put(view.decisionId(), view);
        }
    }
}
