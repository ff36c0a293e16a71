package fr.entente.infra.axon;

/**
 * An event handler failed on the event at {@link #position()} of the log: its processor stops there and tries the
 * same event again, after a wait that doubles (1 s, 2 s… up to a minute), until the handler succeeds. The health
 * endpoint shows the processor DOWN with this position.
 */
public class EventHandlerFailedException extends RuntimeException {

    private final long position;

    EventHandlerFailedException(long position, String handler, Exception cause) {
        super("Event handler " + handler + " failed on the event at position " + position + ": " + cause, cause);
        this.position = position;
    }

    /** The global sequence number of the event the handler failed on; -1 if unknown. */
    public long position() {
        return position;
    }
}
