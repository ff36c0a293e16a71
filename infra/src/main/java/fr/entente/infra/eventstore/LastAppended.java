package fr.entente.infra.eventstore;

import java.util.OptionalLong;

/**
 * The position in the log of the last event this thread appended: what a command's sender waits for the read models
 * to reach before it shows the page that answers the command (read-your-writes). Commands run on the thread that
 * sends them, and their events are appended on it when their unit of work commits.
 */
public final class LastAppended {

    private static final ThreadLocal<Long> LAST = new ThreadLocal<>();

    private LastAppended() {
    }

    static void record(long position) {
        LAST.set(position);
    }

    /** Forgets what this thread appended before: called before a command is sent. */
    public static void clear() {
        LAST.remove();
    }

    /** The position of the last event this thread appended since {@link #clear()}, if it appended any. */
    public static OptionalLong position() {
        Long position = LAST.get();
        return position == null ? OptionalLong.empty() : OptionalLong.of(position);
    }
}
