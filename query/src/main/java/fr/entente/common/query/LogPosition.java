package fr.entente.common.query;

/**
 * Where an event stands in the log: its global sequence number, which orders every event of every context. An event
 * handler takes it as a parameter ({@link LogPositionResolverFactory} supplies it): a read model keeps the position
 * of the last event it applied, and a live update says which position it follows.
 * <p>
 * An event that was not read from the log (handed to a handler directly) has no position: {@link #UNKNOWN}.
 */
public record LogPosition(long value) {

    /** The position of an event that was not read from the log. */
    public static final LogPosition UNKNOWN = new LogPosition(-1);

    public static LogPosition of(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("A position in the log is 0 or more, not " + value);
        }
        return new LogPosition(value);
    }

    public boolean known() {
        return value >= 0;
    }

    /** Whether this event is at or before {@code applied}: a read model that applied {@code applied} has seen it. */
    public boolean notAfter(long applied) {
        return known() && value <= applied;
    }
}
