package fr.entente.web.decision;

import fr.entente.decision.api.DecisionClosedEvent;
import fr.entente.decision.api.DecisionEnteredInRegisterEvent;
import fr.entente.decision.api.Registers;
import fr.entente.decision.query.DecisionHistory;
import fr.entente.decision.query.DecisionView;
import fr.entente.web.problem.NotVisibleException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A decision as it stood at an instant, for whoever sees it today (the members of its body, the delegates, the
 * administrators), rebuilt from its events up to that instant by the changes that build it today
 * ({@link DecisionHistory}): its own stream, and its entry in the body's register of the year it closed, which is
 * where its number comes from. Shown without forms: nobody votes in the past.
 */
@Component
public class DecisionAsItStood {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DecisionAccess access;
    private final EventStore events;
    private final DecisionHistory history;

    public DecisionAsItStood(DecisionAccess access, EventStore events, DecisionHistory history) {
        this.access = access;
        this.events = events;
        this.history = history;
    }

    /** The decision at {@code at}, or 404 for someone who does not see it, or if it was not opened yet. */
    public SeenDecision at(String cooperationId, String decisionId, Instant at) {
        SeenDecision now = access.seen(cooperationId, decisionId);
        List<EventMessage<?>> stream = new ArrayList<>(events.readEvents(decisionId, 0).asStream().toList());
        stream.stream().filter(event -> event.getPayload() instanceof DecisionClosedEvent).findFirst()
              .ifPresent(close -> stream.addAll(registerEntry(now.decision(), close.getTimestamp())));
        stream.sort(Comparator.comparing(EventMessage::getTimestamp));
        DecisionView then = history.asItStood(stream, at).orElseThrow(NotVisibleException::decision);
        return new SeenDecision(then, now.personId(), false, null, null);
    }

    private List<EventMessage<?>> registerEntry(DecisionView decision, Instant closedAt) {
        String registerId = Registers.idOf(decision.cooperationId(), decision.bodyId(), closedAt.atZone(PARIS).getYear());
        return events.readEvents(registerId, 0).asStream()
                     .filter(event -> event.getPayload() instanceof DecisionEnteredInRegisterEvent entry
                                      && entry.decisionId().equals(decision.decisionId()))
                     .<EventMessage<?>>map(event -> event)
                     .toList();
    }
}
