package fr.entente.web.decision;

import fr.entente.infra.cluster.ScheduledWorkLeases;
import fr.entente.common.api.RefusedException;
import fr.entente.decision.query.DecisionView;
import fr.entente.decision.query.FindDecisionQuery;
import fr.entente.decision.query.FindDecisionsDueQuery;
import fr.entente.web.application.ReadModels;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Closes the asynchronous decisions whose deadline has passed. At start, before the hub serves anyone (its phase
 * comes after the event processors' start and before the web server's), it waits for the decisions' read model to
 * reach the end of the log and closes those whose deadline passed while the hub was stopped: nobody can vote on a
 * decision past its deadline, even in the first second. Then it looks every {@code entente.decision.deadline-check}.
 * "Now" is the events' clock ({@link GenericEventMessage#clock}), the one the aggregate checks the deadline against.
 */
@Component
class DecisionDeadlines implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DecisionDeadlines.class);
    /**
     * After Axon's configuration starts its handlers and processors (SpringAxonConfiguration, Integer.MAX_VALUE - 3072),
     * before the web server starts serving (WebServerStartStopLifecycle, Integer.MAX_VALUE - 2048).
     */
    private static final int PHASE = Integer.MAX_VALUE - 2560;
    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    private final QueryGateway queries;
    private final Decisions decisions;
    private final ReadModels readModels;
    private final EventStore events;
    private final Duration interval;
    private final ScheduledWorkLeases leases;
    private ScheduledExecutorService watcher;

    DecisionDeadlines(QueryGateway queries, Decisions decisions, ReadModels readModels, EventStore events,
                      @Value("${entente.decision.deadline-check:10s}") Duration interval, ScheduledWorkLeases leases) {
        this.leases = leases;
        this.queries = queries;
        this.decisions = decisions;
        this.readModels = readModels;
        this.events = events;
        this.interval = interval;
    }

    @Override
    public void start() {
        TrackingToken head = events.createHeadToken();
        long end = head == null ? -1 : head.position().orElse(-1);
        if (end >= 0 && !readModels.awaitProcessed(end, CATCH_UP, List.of("decisions"))) {
            log.warn("The decisions' read model has not reached the end of the log ({}) in {}: overdue decisions close "
                     + "at the next look", end, CATCH_UP);
        }
        int closed = closeDue();
        if (closed > 0) {
            log.info("{} decisions whose deadline passed while the hub was stopped are closed", closed);
        }
        watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "decision-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::lookSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Closes every open decision whose deadline has passed; returns how many it closed. */
    int closeDue() {
        List<String> due = queries.query(new FindDecisionsDueQuery(GenericEventMessage.clock.instant()),
                                         ResponseTypes.multipleInstancesOf(String.class)).join();
        int closed = 0;
        for (String decisionId : due) {
            Optional<DecisionView> decision = queries.query(new FindDecisionQuery(decisionId),
                                                            ResponseTypes.optionalInstanceOf(DecisionView.class)).join();
            if (decision.isEmpty()) {
                continue;
            }
            try {
                decisions.closeAtDeadline(decision.get().cooperationId(), decisionId);
                closed++;
            } catch (RefusedException refused) {
                // closed a moment ago by its officer, or by another node: the read model had not shown it yet
                log.info("Decision {} was not closed at its deadline: {}", decisionId, refused.code());
            }
        }
        return closed;
    }

    private void lookSafely() {
        try {
            leases.runAlone("decision-deadlines", this::closeDue);
        } catch (RuntimeException e) {
            log.warn("Looking for decisions past their deadline failed; trying again in {}", interval, e);
        }
    }

    @Override
    public void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
