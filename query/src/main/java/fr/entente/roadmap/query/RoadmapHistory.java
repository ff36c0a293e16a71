package fr.entente.roadmap.query;

import fr.entente.common.query.LogPosition;
import fr.entente.common.query.ViewHistory;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A roadmap as it stood at an instant: its events up to that instant applied in memory by the very changes that build
 * the {@code roadmaps} read model ({@link RoadmapChanges}), so that it is the roadmap its page showed then: its stage, decision, progress per action, linked studies, evaluation. Nothing is
 * stored and no page is told.
 */
@Component
public class RoadmapHistory {

    private final ViewHistory<RoadmapView> history =
            new ViewHistory<>("A roadmap", RoadmapView::roadmapId, views -> List.of(new RoadmapChanges(new InMemory(views))));

    /** The roadmap that these events of its stream, oldest first, build; only those at or before {@code at} count. */
    public Optional<RoadmapView> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        return history.asItStood(events, at);
    }

    private record InMemory(ViewHistory.Views<RoadmapView> views) implements RoadmapChanges.Views {

        @Override
        public Optional<RoadmapView> find(String roadmapId) {
            return views.find(roadmapId);
        }

        @Override
        public void save(RoadmapView view, LogPosition position) {
            views.save(view);
        }
    }
}
