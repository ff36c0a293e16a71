package fr.entente.infra.eventstore;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static fr.entente.infra.eventstore.EventDocumentMapper.ID;

/**
 * Reads the log in global order for the tracking processors, by key only: each batch is one {@code _id $in} look-up of
 * the next numbers after the token, plus the token's gaps.
 * <p>
 * A number that is missing below a present one is an event still being written (another node's, or a slow insert)
 * or one that will never come (its writer failed). Delivery stops before such a hole for up to {@code inFlightWait}
 * after the next event was written, so that events reach the processors in the order of the log; past that, the
 * hole becomes a gap of the {@link GapAwareTrackingToken}, and its event is still delivered, once, if it appears
 * within {@code gapTimeout}.
 */
final class TrackingReader {

    private static final int HEAD_WINDOW = 256;
    private static final int TIME_PROBE_WINDOW = 64;

    /** Read straight from the replies' bytes ({@link StoredEventCodec}). */
    private final MongoCollection<StoredEvent> events;
    private final GlobalSequence sequence;
    private final EventStoreSettings settings;
    private final Clock clock;

    TrackingReader(MongoCollection<StoredEvent> events, GlobalSequence sequence, EventStoreSettings settings,
                   Clock clock) {
        this.events = events;
        this.sequence = sequence;
        this.settings = settings;
        this.clock = clock;
    }

    static GapAwareTrackingToken tailToken() {
        return GapAwareTrackingToken.newInstance(0, Collections.emptySet());
    }

    /**
     * The next events after the token, at most {@code batchSize}. Numbers marked unused advance the token and deliver
     * nothing; a window holding only such numbers is passed and the next one read, so that an empty batch still means
     * the end of the log.
     */
    List<TrackedEventData<?>> fetch(GapAwareTrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = lastToken == null ? tailToken() : withoutExpiredGaps(lastToken);
        while (true) {
            GapAwareTrackingToken start = token;
            long index = token.getIndex();
            TreeMap<Long, StoredEvent> found = findRange(index + 1, index + batchSize);
            if (!token.getGaps().isEmpty()) {
                found.putAll(findByIds(token.getGaps()));
            }
            if (found.isEmpty() || found.lastKey() <= index) {
                found.putAll(firstEventsBeyondHole(index + batchSize + 1, batchSize));
            }
            List<TrackedEventData<?>> batch = new ArrayList<>();
            long expected = index + 1;
            for (Map.Entry<Long, StoredEvent> entry : found.entrySet()) {
                long id = entry.getKey();
                if (id > index) {
                    if (id > expected && isRecent(entry.getValue())) {
                        break;
                    }
                    expected = id + 1;
                }
                token = token.advanceTo(id, settings.maxGapOffset());
                if (!entry.getValue().unused()) {
                    batch.add(new TrackedDomainEventData<>(token, entry.getValue().entry()));
                }
            }
            if (!batch.isEmpty() || token.equals(start)) {
                return batch;
            }
        }
    }

    /** Past a hole wider than a batch (a failed writer's range), finds the next events, up to the head of the log. */
    private Map<Long, StoredEvent> firstEventsBeyondHole(long from, int batchSize) {
        long head = sequence.head();
        for (long start = from; start <= head; start += batchSize) {
            TreeMap<Long, StoredEvent> found = findRange(start, start + batchSize - 1);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return Collections.emptyMap();
    }

    /**
     * Drops the gaps that will not be filled: those before an event written more than {@code gapTimeout} ago.
     */
    private GapAwareTrackingToken withoutExpiredGaps(GapAwareTrackingToken token) {
        if (token.getGaps().isEmpty()) {
            return token;
        }
        TreeSet<Long> successors = new TreeSet<>();
        for (long gap : token.getGaps()) {
            long next = gap + 1;
            while (token.getGaps().contains(next)) {
                next++;
            }
            successors.add(next);
        }
        Instant expiry = clock.instant().minus(settings.gapTimeout());
        long truncation = -1;
        for (StoredEvent event : findByIds(successors).values()) {
            if (event.timestamp().isBefore(expiry)) {
                truncation = Math.max(truncation, event.globalSequence());
            }
        }
        return truncation < 0 ? token : token.withGapsTruncatedAt(truncation);
    }

    /**
     * A token after the last event written, keeping as gaps the last numbers that are allocated but not yet written,
     * so that an event in flight while the token is made is not skipped.
     */
    GapAwareTrackingToken headToken() {
        long head = sequence.head();
        if (head == 0) {
            return tailToken();
        }
        long start = Math.max(1, head - HEAD_WINDOW + 1);
        TreeMap<Long, StoredEvent> present = findRange(start, head);
        if (present.isEmpty()) {
            return GapAwareTrackingToken.newInstance(start - 1, Collections.emptySet());
        }
        long index = present.lastKey();
        List<Long> inFlight = new ArrayList<>();
        for (long id = start; id < index; id++) {
            if (!present.containsKey(id)) {
                inFlight.add(id);
            }
        }
        return GapAwareTrackingToken.newInstance(index, inFlight);
    }

    /**
     * A token from which every event stamped at or after {@code dateTime} is read: a binary search over the global
     * sequence by key look-ups (timestamps follow the order of the log within a node), then a look back over the
     * preceding events, for clocks of several nodes that do not agree exactly.
     */
    GapAwareTrackingToken tokenAt(Instant dateTime) {
        long head = sequence.head();
        long low = 1;
        long high = head + 1;
        long firstAtOrAfter = head + 1;
        while (low < high) {
            long middle = low + (high - low) / 2;
            StoredEvent probe = firstPresentFrom(middle, head);
            if (probe == null) {
                high = middle;
            } else if (!probe.timestamp().isBefore(dateTime)) {
                firstAtOrAfter = probe.globalSequence();
                high = middle;
            } else {
                low = probe.globalSequence() + 1;
            }
        }
        if (firstAtOrAfter > head) {
            return headToken();
        }
        long lookBackStart = Math.max(1, firstAtOrAfter - settings.batchSize());
        for (StoredEvent event : findRange(lookBackStart, firstAtOrAfter - 1).values()) {
            if (!event.unused() && !event.timestamp().isBefore(dateTime)) {
                firstAtOrAfter = Math.min(firstAtOrAfter, event.globalSequence());
            }
        }
        return GapAwareTrackingToken.newInstance(firstAtOrAfter - 1, Collections.emptySet());
    }

    private StoredEvent firstPresentFrom(long from, long head) {
        for (long start = from; start <= head; start += TIME_PROBE_WINDOW) {
            TreeMap<Long, StoredEvent> found = findRange(start, Math.min(head, start + TIME_PROBE_WINDOW - 1));
            for (StoredEvent event : found.values()) {
                // a marker's time is when it was recorded, not the order of the log
                if (!event.unused()) {
                    return event;
                }
            }
        }
        return null;
    }

    private boolean isRecent(StoredEvent nextAfterHole) {
        return nextAfterHole.timestamp().isAfter(clock.instant().minus(settings.inFlightWait()));
    }

    private TreeMap<Long, StoredEvent> findByIds(Collection<Long> ids) {
        TreeMap<Long, StoredEvent> found = new TreeMap<>();
        if (!ids.isEmpty()) {
            events.find(in(ID, ids)).forEach(event -> found.put(event.globalSequence(), event));
        }
        return found;
    }

    /**
     * The documents with numbers {@code from..to}: one range over {@code _id}, which the embedded server reads in key
     * order from its data (an {@code $in} of every number cost a look-up each).
     */
    private TreeMap<Long, StoredEvent> findRange(long from, long to) {
        TreeMap<Long, StoredEvent> found = new TreeMap<>();
        if (from <= to) {
            events.find(and(gte(ID, from), lte(ID, to))).batchSize((int) Math.min(to - from + 1, 10_000))
                  .forEach(event -> found.put(event.globalSequence(), event));
        }
        return found;
    }
}
