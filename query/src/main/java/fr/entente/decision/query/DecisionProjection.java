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
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The decisions as their pages, lists and register show them ({@link DecisionView}), and the live topics of a
 * decision (thin frames: what changed, and the tally) and of a body's decisions. Idempotent: an event at or before
 * the view's position changes nothing.
 */
@Component
@ProcessingGroup("decisions")
public class DecisionProjection {

    static final String TYPE = "decision";
    static final String LIST_TYPE = "decisions";
    private static final String ACTOR = "actorId";

    private final DecisionViewStore store;
    private final LiveUpdateJournal live;

    DecisionProjection(DecisionViewStore store, LiveUpdateJournal live) {
        this.store = store;
        this.live = live;
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    @EventHandler
    void on(DecisionOpenedEvent event, @Timestamp Instant at, LogPosition position, @MetaDataValue(ACTOR) String actorId) {
        if (store.find(event.decisionId()).isEmpty()) {
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

    // Queries

    @QueryHandler
    public Optional<DecisionView> handle(FindDecisionQuery query) {
        return store.find(query.decisionId());
    }

    @QueryHandler
    public List<DecisionSummary> handle(FindBodyDecisionsQuery query) {
        return store.ofBody(query.cooperationId(), query.bodyId()).stream()
                    .sorted(Comparator.comparing(DecisionSummary::openedAt).reversed()).toList();
    }

    @QueryHandler
    public List<DecisionSummary> handle(FindOpenDecisionsOfBodiesQuery query) {
        return store.openOf(query.bodies()).stream()
                    .sorted(Comparator.comparing(DecisionSummary::deadline, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
    }

    @QueryHandler
    public List<DecisionSummary> handle(FindRegisterQuery query) {
        return store.numberedOf(query.cooperationId(), query.bodyId()).stream()
                    .filter(decision -> query.year() == null || year(decision.reference()) == query.year())
                    .sorted(Comparator.comparing((DecisionSummary decision) -> year(decision.reference()))
                                      .thenComparing(DecisionSummary::number))
                    .toList();
    }

    @QueryHandler
    public List<String> handle(FindDecisionsDueQuery query) {
        return store.dueAt(query.at());
    }

    /** The year of a reference PREFIX-YYYY-NNN. */
    static int year(String reference) {
        String[] parts = reference.split("-");
        return Integer.parseInt(parts[parts.length - 2]);
    }

    private void change(String decisionId, LogPosition position, UnaryOperator<DecisionView> change,
                        List<String> changes, boolean listChanged) {
        store.find(decisionId).filter(view -> !position.notAfter(view.position()))
             .ifPresent(view -> save(change.apply(view), position, changes, listChanged));
    }

    private void save(DecisionView view, LogPosition position, List<String> changes, boolean listChanged) {
        DecisionView saved = position.known() ? view.at(position.value()) : view;
        store.save(saved);
        live.publishState(LiveTopics.decision(saved.cooperationId(), saved.decisionId()), position, TYPE, changes,
                          LiveTally.of(saved));
        if (listChanged) {
            live.publishChanges(LiveTopics.bodyDecisions(saved.cooperationId(), saved.bodyId()), position, LIST_TYPE,
                                List.of(LIST_TYPE));
        }
    }
}
