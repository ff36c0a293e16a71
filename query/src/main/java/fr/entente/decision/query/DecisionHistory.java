package fr.entente.decision.query;

import fr.entente.common.query.ViewHistory;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A decision as it stood at an instant: its events up to that instant (its own stream, and its entry in the register
 * once numbered) applied in memory by the very changes that build the {@code decisions} read model, so that it is the
 * view its page showed then: the votes as they stood, the tally, the outcome and number once given. Nothing is stored
 * and no page is told.
 */
@Component
public class DecisionHistory {

    private final ViewHistory<DecisionView> history = new ViewHistory<>(
            "A decision", DecisionView::decisionId,
            views -> List.of(new DecisionChanges(new InMemory(views), DecisionChanges.Frames.NONE)));

    /** The decision that these events, oldest first, build; only those at or before {@code at} count. */
    public Optional<DecisionView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        return history.asItStood(events, at);
    }

    private record InMemory(ViewHistory.Views<DecisionView> views) implements DecisionChanges.Views {

        @Override
        public Optional<DecisionView> find(String decisionId) {
            return views.find(decisionId);
        }

        @Override
        public void save(DecisionView view) {
            views.save(view);
        }
    }
}
