package fr.entente.decision.query;

import fr.entente.common.query.LogPosition;
import fr.entente.decision.api.CentreVoteRecordedEvent;
import fr.entente.decision.api.DecisionAnnulledEvent;
import fr.entente.decision.api.DecisionClosedEvent;
import fr.entente.decision.api.DecisionEnteredInRegisterEvent;
import fr.entente.decision.api.DecisionOpenedEvent;
import fr.entente.decision.api.DelegateDesignatedEvent;
import fr.entente.decision.api.DelegateRevokedEvent;
import fr.entente.decision.api.VoteCastEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How the decisions' events change their views: shared by the projection that keeps the {@code decisions} read model
 * (and tells the live topics) and by {@link DecisionHistory}, which applies a decision's events in memory to show it
 * as it stood. Idempotent: an event at or before the view's position changes nothing.
 */
class DecisionChanges {

    private static final String ACTOR = "actorId";

    /** Where the views are kept: the {@code decisions} collection, or a map in memory. */
    interface Views {

        Optional<DecisionView> find(String decisionId);

        void save(DecisionView view);
    }

    /** Told of each view saved, with what changed, and whether the body's list of decisions changed. */
    interface Frames {

        Frames NONE = (saved, position, changes, listChanged) -> { };

        void changed(DecisionView saved, LogPosition position, List<String> changes, boolean listChanged);
    }

    private final Views views;
    private final Frames frames;

    DecisionChanges(Views views, Frames frames) {
        this.views = views;
        this.frames = frames;
    }

    @EventHandler
    void on(DecisionOpenedEvent event, @Timestamp Instant at, LogPosition position, @MetaDataValue(ACTOR) String actorId) {
        if (views.find(event.decisionId()).isEmpty()) {
            save(DecisionView.opened(event, actorId, at), position, List.of("decision"), true);
        }
    }

    @EventHandler
    void on(VoteCastEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.decisionId(), position, view -> view.withVote(event.organisationId(), event.voterId(),
                                                                      event.option(), at), List.of("tally", "votes"), true);
    }

    @EventHandler
    void on(CentreVoteRecordedEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.decisionId(), position, view -> view.withRecordedVote(event.organisationId(), event.recorderId(),
                                                                              event.option(), at), List.of("tally", "votes"), true);
    }

    @EventHandler
    void on(DelegateDesignatedEvent event, @Timestamp Instant at, LogPosition position, @MetaDataValue(ACTOR) String actorId) {
        change(event.decisionId(), position, view -> view.withDelegate(event.organisationId(), event.delegateId(),
                                                                          actorId, at), List.of("delegates"), false);
    }

    @EventHandler
    void on(DelegateRevokedEvent event, @Timestamp Instant at, LogPosition position, @MetaDataValue(ACTOR) String actorId) {
        change(event.decisionId(), position, view -> view.withoutDelegate(event.organisationId(), actorId, at),
               List.of("delegates"), false);
    }

    @EventHandler
    void on(DecisionClosedEvent event, @Timestamp Instant at, LogPosition position, @MetaDataValue(ACTOR) String actorId) {
        change(event.decisionId(), position, view -> view.closed(event, actorId, at), List.of("status", "tally", "votes"), true);
    }

    @EventHandler
    void on(DecisionEnteredInRegisterEvent event, @Timestamp Instant at, LogPosition position) {
        change(event.decisionId(), position, view -> view.numbered(event.number(), event.reference(), at),
               List.of("status"), true);
    }

    @EventHandler
    void on(DecisionAnnulledEvent event, @Timestamp Instant at, LogPosition position, @MetaDataValue(ACTOR) String actorId) {
        change(event.decisionId(), position, view -> view.annulled(event.reason(), actorId, at), List.of("status"), true);
    }

    private void change(String decisionId, LogPosition position, UnaryOperator<DecisionView> change,
                        List<String> changes, boolean listChanged) {
        views.find(decisionId).filter(view -> !position.notAfter(view.position()))
             .ifPresent(view -> save(change.apply(view), position, changes, listChanged));
    }

    private void save(DecisionView view, LogPosition position, List<String> changes, boolean listChanged) {
        DecisionView saved = position.known() ? view.at(position.value()) : view;
        views.save(saved);
        frames.changed(saved, position, changes, listChanged);
    }
}
