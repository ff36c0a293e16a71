package fr.entente.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static fr.entente.infra.eventstore.EventDocumentMapper.ID;
import static fr.entente.infra.eventstore.EventDocumentMapper.UNUSED;
import static fr.entente.infra.eventstore.EventDocumentMapper.globalIndexOf;
import static fr.entente.infra.eventstore.EventDocumentMapper.isUnusedNumber;

/**
 * Checks the whole global sequence, 1 to the counter's head (or the log's last number, if higher): each number holds
 * an event or a marker that says why it holds none ({@link UnusedNumbers}); any other number is missing, which only a
 * deleted event, or a writer still writing, explains. For tests, operators and the audit's verifier; it reads the whole
 * log, in ranges of {@code _id}.
 */
public final class LogContinuity {

    private static final int RANGE = 10_000;

    /**
     * @param head    the highest number allocated
     * @param events  numbers holding an event
     * @param unused  numbers holding a marker
     * @param missing numbers holding nothing, in order
     */
    public record Report(long head, long events, long unused, List<Long> missing) {

        public boolean hasNoUnexplainedHole() {
            return missing.isEmpty();
        }
    }

    private LogContinuity() {
    }

    public static Report check(MongoDatabase database) {
        var events = database.getCollection(MongoEventStorageEngine.EVENTS);
        // the counter, or the log's last number where a writer numbering its events itself stopped before raising
        // the counter to it
        long head = Math.max(new GlobalSequence(database.getCollection(MongoEventStorageEngine.COUNTERS)).head(),
                             GlobalSequence.lastInLog(events));
        long eventCount = 0;
        long unusedCount = 0;
        List<Long> missing = new ArrayList<>();
        for (long from = 1; from <= head; from += RANGE) {
            long to = Math.min(head, from + RANGE - 1);
            BitSet present = new BitSet(RANGE);
            for (Document document : events.find(and(gte(ID, from), lte(ID, to)))
                                           .projection(Projections.include(ID, UNUSED))) {
                present.set((int) (globalIndexOf(document) - from));
                if (isUnusedNumber(document)) {
                    unusedCount++;
                } else {
                    eventCount++;
                }
            }
            for (long number = from; number <= to; number++) {
                if (!present.get((int) (number - from))) {
                    missing.add(number);
                }
            }
        }
        return new Report(head, eventCount, unusedCount, missing);
    }
}
