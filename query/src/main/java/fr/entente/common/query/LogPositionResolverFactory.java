package fr.entente.common.query;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.OptionalLong;

/**
 * Gives an event handler's {@link LogPosition} parameter the event's position in the log: its tracking token's
 * position, as the event processor read it, or else the {@value #METADATA_KEY} metadata the event store adds to every
 * event it reads. Registered in {@code META-INF/services}, as Axon finds its parameter resolvers.
 */
public final class LogPositionResolverFactory implements ParameterResolverFactory {

    /** The metadata key under which the event store gives every event it reads its global sequence number. */
    public static final String METADATA_KEY = "globalSequence";

    @Override
    public ParameterResolver<LogPosition> createInstance(Executable executable, Parameter[] parameters, int index) {
        return LogPosition.class.equals(parameters[index].getType()) ? new Resolver() : null;
    }

    private static final class Resolver implements ParameterResolver<LogPosition> {

        @Override
        public LogPosition resolveParameterValue(Message<?> message) {
            if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
                OptionalLong position = tracked.trackingToken().position();
                if (position.isPresent()) {
                    return LogPosition.of(position.getAsLong());
                }
            }
            return message.getMetaData().get(METADATA_KEY) instanceof Number number
                    ? LogPosition.of(number.longValue())
                    : LogPosition.UNKNOWN;
        }

        @Override
        public boolean matches(Message<?> message) {
            return true;
        }
    }
}
