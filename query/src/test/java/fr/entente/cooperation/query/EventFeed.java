package fr.entente.cooperation.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;

import java.util.List;

/** Hands events to a projection through Axon's annotation adapter, as its event processor does. */
final class EventFeed {

    private final AnnotationEventHandlerAdapter handlers;

    private EventFeed(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    static EventFeed to(Object projection) {
        return new EventFeed(projection);
    }

    EventFeed feed(List<?> events) {
        for (Object event : events) {
            try {
                handlers.handle(GenericEventMessage.asEventMessage(event));
            } catch (Exception e) {
                throw new IllegalStateException("the projection failed on " + event, e);
            }
        }
        return this;
    }

    EventFeed feed(Object... events) {
        return feed(List.of(events));
    }

    /** What a processor does before a replay. */
    void reset() {
        handlers.prepareReset();
    }

    boolean supportsReset() {
        return handlers.supportsReset();
    }
}
