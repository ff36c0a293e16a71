package fr.entente.infra.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * What a failing event handler does to its processor: stops it on that event, which Axon's tracking processor then
 * retries with back-off, rather than Axon's default, which logs the failure and goes on to the next event, leaving a
 * read model that silently misses one. A read model may lag; it may never skip.
 */
class StopOnHandlerFailure implements ListenerInvocationErrorHandler {

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler) {
        long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                        ? tracked.trackingToken().position().orElse(-1L) : -1L;
        throw new EventHandlerFailedException(position, handler.getTargetType().getSimpleName(), exception);
    }
}
