package fr.entente.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static fr.entente.infra.eventstore.EventDocumentMapper.ID;
import static fr.entente.infra.eventstore.EventDocumentMapper.TIMESTAMP;
import static fr.entente.infra.eventstore.EventDocumentMapper.globalIndexOf;
import static fr.entente.infra.eventstore.EventDocumentMapper.timestampOf;

/**
 * Marks the numbers that a writer allocated and never wrote because it stopped (a crash, {@code kill -9}, a power
 * cut) between the allocation and the insert, so that such a stop leaves no unexplained hole in the log: at start, and
 * where several nodes share the store, again every little while (a node's death is noticed by the others).
 * <p>
 * A stopped writer's numbers are its last allocation, at the tail of the log, so only the last {@code window}
 * numbers are looked at (the cost does not grow with the log). Where this node is the store's only writer (the
 * embedded server, which one process owns), nothing is in flight at start: every missing number there is dead. Where
 * several nodes share the store, a missing number is marked only once it is surely dead, as readers judge it: the
 * event after it was written more than {@code gapTimeout} ago, or, past the last event, the counter last allocated
 * more than {@code gapTimeout} ago. A writer merely slow past that bound finds its number taken by the marker
 * (the unique {@code _id}): its append fails and its command is not acknowledged, as readers had stepped over it.
 */
final class UnwrittenAllocations {

    private static final Logger log = LoggerFactory.getLogger(UnwrittenAllocations.class);

    private final MongoCollection<Document> events;
    private final GlobalSequence sequence;
    private final UnusedNumbers unusedNumbers;
    private final Clock clock;

    UnwrittenAllocations(MongoCollection<Document> events, GlobalSequence sequence, UnusedNumbers unusedNumbers,
                         Clock clock) {
        this.events = events;
        this.sequence = sequence;
        this.unusedNumbers = unusedNumbers;
        this.clock = clock;
    }

    /** @return how many numbers it marked unused */
    int record(boolean soleWriter, Duration gapTimeout, int window) {
        long head = sequence.head();
        if (head == 0) {
            return 0;
        }
        long from = Math.max(1, head - window + 1);
        TreeMap<Long, Instant> present = new TreeMap<>();
        events.find(and(gte(ID, from), lte(ID, head))).projection(Projections.include(ID, TIMESTAMP))
              .forEach(document -> present.put(globalIndexOf(document), timestampOf(document)));
        Instant deadBefore = clock.instant().minus(gapTimeout);
        int marked = 0;
        long expected = from;
        for (Map.Entry<Long, Instant> entry : present.entrySet()) {
            if (entry.getKey() > expected && (soleWriter || entry.getValue().isBefore(deadBefore))) {
                marked += unusedNumbers.mark(expected, entry.getKey() - 1, UnusedNumbers.Reason.WRITER_STOPPED);
            }
            expected = entry.getKey() + 1;
        }
        if (expected <= head && (soleWriter || sequence.lastAllocation().isBefore(deadBefore))) {
            marked += unusedNumbers.mark(expected, head, UnusedNumbers.Reason.WRITER_STOPPED);
        }
        if (marked > 0) {
            log.warn("{} global sequence number(s) up to {} were allocated but never written (a writer stopped before"
                     + " writing them): recorded as unused in the log", marked, head);
        }
        return marked;
    }
}
