package fr.entente.forum.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hands events to a projection as its processor does, numbered as the log numbers them, one minute apart from
 * {@link #START}, each done by the current actor. Keeps what it delivered, so that a test can deliver it again.
 */
final class ForumLog {

    static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    private final List<AnnotationEventHandlerAdapter> handlers;
    private final List<EventMessage<?>> delivered = new ArrayList<>();
    private long position;
    private String actor = "system";

    ForumLog(Object... projections) {
        this.handlers = java.util.Arrays.stream(projections).map(AnnotationEventHandlerAdapter::new).toList();
    }

    /** The events from now on are done by this person. */
    ForumLog by(String actorId) {
        this.actor = actorId;
        return this;
    }

    ForumLog feed(Object... events) {
        for (Object event : events) {
            position++;
            Map<String, Object> metaData = new HashMap<>();
            metaData.put("globalSequence", position);
            metaData.put("actorId", actor);
            deliver(new GenericEventMessage<>(UUID.randomUUID().toString(), event, metaData, at(position)));
        }
        return this;
    }

    /** The moment of the event at this position. */
    static Instant at(long position) {
        return START.plus(Duration.ofMinutes(position));
    }

    long position() {
        return position;
    }

    /** Delivers everything again, from the first event: what a processor does after a crash before its token moved. */
    void redeliverAll() {
        new ArrayList<>(delivered).forEach(this::deliver);
    }

    /** Delivers an event with no position, as one not read from the log. */
    void feedWithoutPosition(Object event) {
        deliver(new GenericEventMessage<>(UUID.randomUUID().toString(), event, Map.of("actorId", actor), at(position)));
    }

    void reset() {
        handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }

    private void deliver(EventMessage<?> message) {
        try {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                handler.handle(message);
            }
            if (!delivered.contains(message)) {
                delivered.add(message);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the projection failed on " + message.getPayload(), e);
        }
    }
}
