package fr.entente.common.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An aggregate's view as it stood at an instant: the events of its stream up to that instant applied in memory by the
 * very handlers that build its read model, given by the context's history and built on {@link Views} kept in memory.
 * Nothing is stored and no page is told.
 *
 * @param <V> the view rebuilt
 */
public final class ViewHistory<V> {

    private final String whose;
    private final Views<V> views;
    /** Inspected once, not at each call. */
    private final List<AnnotationEventHandlerAdapter> handlers;

    /**
     * @param whose    whose events these are, for the error should one fail: "A study"
     * @param idOf     the view's identifier
     * @param handlers the handlers that build the view, made on the views this history keeps in memory
     */
    public ViewHistory(String whose, Function<V, String> idOf, Function<Views<V>, List<?>> handlers) {
        this.whose = whose;
        this.views = new Views<>(idOf);
        this.handlers = handlers.apply(views).stream().map(AnnotationEventHandlerAdapter::new).toList();
    }

    /** The view that these events of its stream, oldest first, build; only those at or before {@code at} count. */
    public Optional<V> asItStood(List<? extends EventMessage<?>> events, Instant at) {
        Map<String, V> rebuilt = views.rebuilding.get();
        rebuilt.clear();
        try {
            for (EventMessage<?> event : events) {
                if (event.getTimestamp().isAfter(at)) {
                    break;
                }
                apply(event);
            }
            return rebuilt.values().stream().findFirst();
        } finally {
            rebuilt.clear();
        }
    }

    private void apply(EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(event)) {
                try {
                    handler.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException(whose + "'s event could not be replayed: " + event.getPayloadType(), e);
                }
            }
        }
    }

    /** The views being rebuilt, each thread its own. */
    public static final class Views<V> {

        private final ThreadLocal<Map<String, V>> rebuilding = ThreadLocal.withInitial(HashMap::new);
        private final Function<V, String> idOf;

        private Views(Function<V, String> idOf) {
            this.idOf = idOf;
        }

        public Optional<V> find(String id) {
            return Optional.ofNullable(rebuilding.get().get(id));
        }

        public void save(V view) {
            rebuilding.get().put(idOf.apply(view), view);
        }
    }
}
