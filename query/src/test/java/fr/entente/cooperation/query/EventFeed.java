package fr.entente.cooperation.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;

import java.util.List;
import java.util.Map;

/** Hands events to a projection through Axon's annotation adapter, as its event processor does. */
public final class EventFeed {

    private final AnnotationEventHandlerAdapter handlers;
    private long position;

    private EventFeed(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    public static EventFeed to(Object projection) {
        return new EventFeed(projection);
    }

    public EventFeed feed(List<?> events) {
        for (Object event : events) {
            try {
                // Numbered as the log numbers the events it delivers.
                handlers.handle(GenericEventMessage.asEventMessage(event).andMetaData(Map.of("globalSequence", ++position)));
            } catch (Exception e) {
                throw new IllegalStateException("the projection failed on " + event, e);
            }
        }
        return this;
    }

    public EventFeed feed(Object... events) {
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
