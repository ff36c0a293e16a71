package fr.entente.infra.axon;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock that stamps events ({@link GenericEventMessage#clock}), read at each call: the store compares the events'
 * timestamps with it (how long a hole has waited), so that both always agree, even where a test moves that clock.
 */
final class EventsClock extends Clock {

    @Override
    public ZoneId getZone() {
        return GenericEventMessage.clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return GenericEventMessage.clock.withZone(zone);
    }

    @Override
    public Instant instant() {
        return GenericEventMessage.clock.instant();
    }
}
