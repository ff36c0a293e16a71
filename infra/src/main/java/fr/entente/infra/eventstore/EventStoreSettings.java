package fr.entente.infra.eventstore;

import java.time.Duration;

/**
 * Tuning of the event store.
 *
 * @param batchSize      events read per look-up when tracking the log (one range of {@code _id}), and at most per
 *                       look-up when loading an aggregate (keys asked for); fewer look-ups, fewer round trips
 * @param maxGroupSize   most events written in one group commit
 * @param inFlightWait   how long a reader waits, before an event written just after a missing one, for the missing
 *                       one to appear (keeps delivery in log order while another writer finishes)
 * @param gapTimeout     how long after the next event a missing number is still awaited; past it, the number is
 *                       taken for a write that failed
 * @param maxGapOffset   how far behind the token's index a gap is kept at most (as in Axon's JDBC engine)
 */
public record EventStoreSettings(int batchSize, int maxGroupSize, Duration inFlightWait, Duration gapTimeout,
                                 int maxGapOffset) {

    public static EventStoreSettings defaults() {
        return new EventStoreSettings(1000, 1000, Duration.ofSeconds(2), Duration.ofSeconds(60), 10_000);
    }

    public EventStoreSettings {
        if (batchSize < 1 || maxGroupSize < 1 || maxGapOffset < 1) {
            throw new IllegalArgumentException("batchSize, maxGroupSize and maxGapOffset must be positive");
        }
        if (inFlightWait.isNegative() || gapTimeout.compareTo(inFlightWait) < 0) {
            throw new IllegalArgumentException("gapTimeout must be at least inFlightWait, and both non-negative");
        }
    }

    public EventStoreSettings withGapTimeout(Duration inFlight, Duration gap) {
        return new EventStoreSettings(batchSize, maxGroupSize, inFlight, gap, maxGapOffset);
    }
}
