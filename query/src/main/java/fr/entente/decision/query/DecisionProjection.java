package fr.entente.decision.query;

import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdateJournal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The decisions as their pages, lists and register show them ({@link DecisionView}), and the live topics of a
 * decision (thin frames: what changed, and the tally) and of a body's decisions; the events' changes are
 * {@link DecisionChanges}'.
 */
@Component
@ProcessingGroup("decisions")
public class DecisionProjection extends DecisionChanges {

    static final String TYPE = "decision";
    static final String LIST_TYPE = "decisions";

    private final DecisionViewStore store;

    DecisionProjection(DecisionViewStore store, LiveUpdateJournal live) {
        super(store, (saved, position, changes, listChanged) -> {
            live.publishState(LiveTopics.decision(saved.cooperationId(), saved.decisionId()), position, TYPE, changes,
                              LiveTally.of(saved));
            if (listChanged) {
                live.publishChanges(LiveTopics.bodyDecisions(saved.cooperationId(), saved.bodyId()), position, LIST_TYPE,
                                    List.of(LIST_TYPE));
            }
        });
        this.store = store;
    }

    @ResetHandler
    void reset() {
        store.clear();
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
}
