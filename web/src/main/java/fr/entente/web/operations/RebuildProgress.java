package fr.entente.web.operations;

import java.time.Instant;

/**
 * Where a read model's rebuild stands: the collection it is built into, how far into the log it has read (its
 * position, against the head of the log when last looked at), and how it ended.
 */
public record RebuildProgress(String readModel, State state, String collection, long position, long head, long applied,
                              Instant startedAt, Instant finishedAt, String failure) {

    public enum State {
        /** Reading the log from its start into the fresh collection; pages read the old one meanwhile. */
        RUNNING,
        /** Caught up and switched to: pages read the rebuilt collection, the old one is dropped. */
        SWITCHED,
        /** Stopped on an error: the old collection stays in use, the fresh one is dropped. */
        FAILED
    }

    /** How much of the log is read, 0 to 100. */
    public int percent() {
        if (state == State.SWITCHED) {
            return 100;
        }
        return head <= 0 ? 0 : (int) Math.min(100, position * 100 / head);
    }

    RebuildProgress at(long newPosition, long newHead, long newApplied) {
        return new RebuildProgress(readModel, state, collection, newPosition, newHead, newApplied, startedAt, finishedAt, failure);
    }

    RebuildProgress switched(Instant at) {
        return new RebuildProgress(readModel, State.SWITCHED, collection, position, Math.max(head, position), applied,
                                   startedAt, at, null);
    }

    RebuildProgress failed(Instant at, String why) {
        return new RebuildProgress(readModel, State.FAILED, collection, position, head, applied, startedAt, at, why);
    }
}
