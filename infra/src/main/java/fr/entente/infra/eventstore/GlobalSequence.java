package fr.entente.infra.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
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
 */
final class GlobalSequence {

    static final String EVENTS_COUNTER = "events";
    /** The document {@link #awaitDurable()} writes to; it counts the waits, which tells nothing. */
    static final String DURABILITY_BARRIER = "durability-barrier";
    private static final String VALUE = "value";
    private static final String ALLOCATED_AT = "allocatedAt";

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> allocations;

    GlobalSequence(MongoCollection<Document> counters) {
        this.counters = counters;
        // An allocation need not be durable on its own: the insert that follows waits for its commit, which saves the
        // allocation too (on MongoDB, majority of the insert implies that of the counter before it in the oplog), and
        // an allocation lost with an insert that never came is no hole. One sync per group instead of two.
        this.allocations = counters.withWriteConcern(WriteConcern.W1.withJournal(false));
    }

    /** Allocates {@code count} consecutive numbers and returns the first. */
    long allocate(int count) {
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

    /** Hands back the range {@code [first, first + count)} if it is still the last one allocated. */
    boolean release(long first, int count) {
        long last = first + count - 1;
        return counters.updateOne(and(eq("_id", EVENTS_COUNTER), eq(VALUE, last)),
                                  Updates.inc(VALUE, (long) -count)).getModifiedCount() == 1;
    }
}
