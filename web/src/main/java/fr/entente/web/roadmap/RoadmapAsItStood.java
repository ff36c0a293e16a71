package fr.entente.web.roadmap;

import fr.entente.roadmap.api.RoadmapRefusal;
import fr.entente.roadmap.api.RoadmapRefusedException;
import fr.entente.roadmap.query.RoadmapHistory;
import fr.entente.roadmap.query.RoadmapView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * A roadmap as it stood at an instant, for whoever sees it today, rebuilt from its own events up to that instant by the
 * changes that build it today ({@link RoadmapHistory}): its stage, the committee's decision, the progress of each
 * action, the studies linked, the evaluation then. Shown without forms.
 */
@Component
public class RoadmapAsItStood {

    private final RoadmapAccess access;
    private final EventStore events;
    private final RoadmapHistory history;

    public RoadmapAsItStood(RoadmapAccess access, EventStore events, RoadmapHistory history) {
        this.access = access;
        this.events = events;
        this.history = history;
    }

    /** The roadmap at {@code at}, or 404 for someone who does not see it, or if it was not proposed yet. */
    public RoadmapView at(String cooperationId, String roadmapId, Instant at) {
        access.seen(cooperationId, roadmapId);
        List<? extends DomainEventMessage<?>> stream = events.readEvents(roadmapId, 0).asStream().toList();
        return history.asItStood(stream, at).orElseThrow(() -> RoadmapRefusedException.refused(RoadmapRefusal.NOT_FOUND));
    }
}
