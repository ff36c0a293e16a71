package fr.entente.infra.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The counter document that hands out the global sequence numbers of the log: the {@code _id}s of its events.
 * <p>
 * Numbers are allocated in ranges, one range per group of appends, and the counter remembers when it last allocated
 * (so that, on a store several nodes share, a node starting again can tell a dead allocation from one in flight). A
 * range whose events could not be stored is handed back when no one allocated after it; otherwise its numbers are
 * marked unused ({@link UnusedNumbers}).
 * <p>
 * Where this node is the store's only writer (the embedded server, which one process owns), it numbers its events
 * itself ({@link #numberLocally}): the next number follows the last one allocated, in memory, under the appender's
 * lock, which spares a round trip to the counter for every group; the counter then records the last number this node
 * made durable (written with each wait for the disk, {@link #awaitDurable(long)}), and at start the numbering goes on
 * after the higher of the counter and the last number in the log.
 */
final class GlobalSequence {

    static final String EVENTS_COUNTER = "events";
    /** The document {@link #awaitDurable()} writes to; it counts the waits, which tells nothing. */
    static final String DURABILITY_BARRIER = "durability-barrier";
    private static final String VALUE = "value";
    private static final String ALLOCATED_AT = "allocatedAt";

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> allocations;

    /** The last number allocated, when this node numbers its events itself; -1 otherwise. */
    private volatile long localHead = -1;

    GlobalSequence(MongoCollection<Document> counters) {
        this.counters = counters;
        // An allocation need not be durable on its own: the insert that follows waits for its commit, which saves the
        // allocation too (on MongoDB, majority of the insert implies that of the counter before it in the oplog), and
        // an allocation lost with an insert that never came is no hole. One sync per group instead of two.
        this.allocations = counters.withWriteConcern(WriteConcern.W1.withJournal(false));
    }

    /**
     * From now on, numbers are allocated in memory, after the higher of the counter and the last number in
     * {@code events}: only for a node that is the store's sole writer, once the numbers a stopped writer left are
     * marked ({@link UnwrittenAllocations}). Allocations and releases must then come from one thread at a time, of
     * the one engine that writes to the store.
     */
    void numberLocally(MongoCollection<Document> events) {
        long counted = head();
        long lastInLog = lastInLog(events);
        if (lastInLog > counted) {
            // events made durable before the counter's write that would have followed them (a stop in between)
            awaitDurableCounter(lastInLog);
        }
        localHead = Math.max(counted, lastInLog);
    }

    /** The highest number that holds an event or a marker, 0 for an empty log. */
    static long lastInLog(MongoCollection<Document> events) {
        Document last = events.find().sort(Sorts.descending("_id")).projection(Projections.include("_id")).limit(1)
                              .first();
        return last != null && last.get("_id") instanceof Number number ? number.longValue() : 0;
    }

    boolean numbersLocally() {
        return localHead >= 0;
    }

    /** Allocates {@code count} consecutive numbers and returns the first. */
    long allocate(int count) {
        if (localHead >= 0) {
            long first = localHead + 1;
            localHead += count;
            return first;
        }
        Document counter = allocations.findOneAndUpdate(eq("_id", EVENTS_COUNTER),
                                                     Updates.combine(Updates.inc(VALUE, (long) count),
                                                                     Updates.currentDate(ALLOCATED_AT)),
                                                     new FindOneAndUpdateOptions().upsert(true)
                                                                                  .returnDocument(ReturnDocument.AFTER));
        long last = ((Number) counter.get(VALUE)).longValue();
        return last - count + 1;
    }

    /** The highest number allocated so far, 0 for an empty log. Events up to it may still be in flight. */
    long head() {
        long local = localHead;
        if (local >= 0) {
            return local;
        }
        Document counter = counters.find(eq("_id", EVENTS_COUNTER)).first();
        return counter == null ? 0L : ((Number) counter.get(VALUE)).longValue();
    }

    /** When the last numbers were allocated; {@link Instant#EPOCH} if never, or by a version that did not say. */
    Instant lastAllocation() {
        Document counter = counters.find(eq("_id", EVENTS_COUNTER)).first();
        Date at = counter == null ? null : counter.getDate(ALLOCATED_AT);
        return at == null ? Instant.EPOCH : at.toInstant();
    }

    /**
     * Returns once every write this node made before, acknowledged without waiting for the disk ({@code j: false}), is
     * as durable as the counter's own writes: a write to another document of {@code counters}, with their write
     * concern, which the store saves after them (the embedded server commits in order and one commit saves everything
     * applied before it; MongoDB's journal is written in order).
     */
    void awaitDurable() {
        counters.updateOne(eq("_id", DURABILITY_BARRIER), Updates.inc("waits", 1L), new UpdateOptions().upsert(true));
    }

    /**
     * As {@link #awaitDurable()}; where this node numbers its events itself, the write is the counter's, raised to
     * {@code lastWritten} (the highest number this node wrote before), so that the counter follows the log.
     */
    void awaitDurable(long lastWritten) {
        if (localHead < 0) {
            awaitDurable();
            return;
        }
        awaitDurableCounter(lastWritten);
    }

    private void awaitDurableCounter(long lastWritten) {
        counters.updateOne(eq("_id", EVENTS_COUNTER), Updates.combine(Updates.max(VALUE, lastWritten),
                                                                      Updates.currentDate(ALLOCATED_AT)),
                           new UpdateOptions().upsert(true));
    }

    /** Hands back the range {@code [first, first + count)} if it is still the last one allocated. */
    boolean release(long first, int count) {
        long last = first + count - 1;
        if (localHead >= 0) {
            if (localHead != last) {
                return false;
            }
            localHead = first - 1;
            return true;
        }
        return counters.updateOne(and(eq("_id", EVENTS_COUNTER), eq(VALUE, last)),
                                  Updates.inc(VALUE, (long) -count)).getModifiedCount() == 1;
    }
}
