package fr.entente.roadmap.query;

import fr.entente.common.query.LogPosition;
import fr.entente.roadmap.api.*;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the roadmaps' events change their views: shared by the projection that keeps the {@code roadmaps} read model
 * (and tells the live topic) and by {@link RoadmapHistory}, which applies a roadmap's events in memory to show it as it
 * stood. Idempotent: an event at or before the view's position changes nothing.
 */
class RoadmapChanges {

    /** Where the views are kept: the {@code roadmaps} collection (telling the live topic), or a map in memory. */
    interface Views {

        Optional<RoadmapView> find(String roadmapId);

        void save(RoadmapView view, LogPosition position);
    }

    private final Views views;

    RoadmapChanges(Views views) {
        this.views = views;
    }

    @EventHandler
    void on(RoadmapProposedEvent event, @Timestamp Instant at, LogPosition position) {
        if (views.find(event.roadmapId()).isEmpty()) {
            save(RoadmapView.proposed(event.roadmapId(), event.cooperationId(), event.year(), event.title(), event.axes(),
                                      event.proposedBy(), at), position);
        }
    }

    @EventHandler
    void on(RoadmapSubmittedForValidationEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.submitted(event.decisionId(), at));
    }

    @EventHandler
    void on(RoadmapValidatedEvent event, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.decided(true, event.reference()));
    }

    @EventHandler
    void on(RoadmapRejectedEvent event, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.decided(false, event.reference()));
    }

    @EventHandler
    void on(ActionProgressReportedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.reported(new RoadmapView.Progress(
                event.actionId(), event.percent(), event.text(), event.reportedBy(), at)));
    }

    @EventHandler
    void on(StudyLinkedToActionEvent event, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.linked(event.actionId(), event.studyId()));
    }

    @EventHandler
    void on(RoadmapEvaluatedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.roadmapId(), position, roadmap -> roadmap.evaluated(new RoadmapView.Evaluation(event.evaluation(), at)));
    }

    private void change(String roadmapId, LogPosition position, UnaryOperator<RoadmapView> change) {
        views.find(roadmapId).filter(roadmap -> !position.notAfter(roadmap.position()))
                             .ifPresent(roadmap -> save(change.apply(roadmap), position));
    }

    private void save(RoadmapView roadmap, LogPosition position) {
        views.save(position.known() ? roadmap.at(position.value()) : roadmap, position);
    }
}
