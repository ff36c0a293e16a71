package fr.entente.infra.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import static com.mongodb.client.model.Filters.in;
import static fr.entente.infra.eventstore.EventDocumentMapper.AGGREGATE_IDENTIFIER;
import static fr.entente.infra.eventstore.EventDocumentMapper.ID;
import static fr.entente.infra.eventstore.EventDocumentMapper.KEY;

/**
 * Writes the appends of this node one group at a time, so that the log gets no gap and is read in the order it was
 * written.
 * <p>
 * Appends that arrive while a group is being written wait and go together into the next group (group commit): one
 * allocation of global sequence numbers and one ordered {@code insertMany} per group, whatever the number of writers
 * (two round trips, the allocation not waiting for the disk: see {@link GlobalSequence}). While appends wait, a group's
 * insert is acknowledged once applied, and the thread that wrote it waits for the disk after letting the next group
 * be written ({@link GlobalSequence#awaitDurable(long)}, once for all the groups it wrote), its appenders with it: one
 * store sync then serves a group while the next one is written, and an append still returns only once durable.
 * Where this node is the store's sole writer, it numbers its events in memory ({@link GlobalSequence#numberLocally}):
 * the lock is then held for the insert's round trip alone, and every group waits for the disk after the lock, through
 * the counter's write that records how far the log goes.
 * The unique key refuses an event whose aggregate already has that sequence number; the insert stops there, and the
 * appends after it are inserted again at the numbers left free. An append of one aggregate's events can only conflict
 * at its first event (a command that lost the race for a version), so it stays all-or-nothing; a group holding an
 * append of several aggregates' events is checked for taken keys first, as a conflict there could come after the
 * append's first events. Only a writer of another node can still make an append fail half-way. Numbers
 * left over are handed back to the counter when no one allocated after them (so a refused append takes no number at
 * all on a store this node alone writes), or else marked unused ({@link UnusedNumbers}): no unexplained hole.
 */
final class SerialisedAppender {

    private static final Logger log = LoggerFactory.getLogger(SerialisedAppender.class);

    private final MongoCollection<Document> events;
    /** The same, acknowledging an insert once applied, before it is durable (see {@link #append}). */
    private final MongoCollection<Document> eventsApplied;
    private final GlobalSequence sequence;
    private final UnusedNumbers unusedNumbers;
    private final int maxGroupSize;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Queue<PendingAppend> queue = new ConcurrentLinkedQueue<>();
    /** Groups acknowledged once applied by the lock's holder, made durable by one wait of its after the lock. */
    private final List<CompletableFuture<Void>> awaitingDurability = new ArrayList<>();

    SerialisedAppender(MongoCollection<Document> events, GlobalSequence sequence, UnusedNumbers unusedNumbers,
                       int maxGroupSize) {
        this.events = events;
        this.eventsApplied = events.withWriteConcern(events.getWriteConcern().withJournal(false));
        this.sequence = sequence;
        this.unusedNumbers = unusedNumbers;
        this.maxGroupSize = maxGroupSize;
    }

    /**
     * Stores the documents, in order, with consecutive global sequence numbers.
     *
     * @throws AppendRefusedException naming the first document that could not be stored
     */
    void append(List<Document> documents) {
        PendingAppend mine = new PendingAppend(documents);
        queue.add(mine);
        List<CompletableFuture<Void>> written;
        long writtenUpTo;
        writeLock.lock();
        try {
            while (!mine.isSettled()) {
                write(nextGroup());
            }
            written = List.copyOf(awaitingDurability);
            awaitingDurability.clear();
            // numbering locally, every number allocated so far is written, handed back or marked unused by now
            writtenUpTo = sequence.numbersLocally() ? sequence.head() : -1;
        } finally {
            writeLock.unlock();
        }
        if (!written.isEmpty()) {
            // outside the lock, once for every group this thread wrote: the next group is written while the disk
            // syncs these
            makeDurable(written, writtenUpTo);
        }
        mine.throwIfRefused();
        mine.awaitDurable();
    }

    private void makeDurable(List<CompletableFuture<Void>> groups, long writtenUpTo) {
        try {
            sequence.awaitDurable(writtenUpTo);
            groups.forEach(group -> group.complete(null));
        } catch (RuntimeException e) {
            groups.forEach(group -> group.completeExceptionally(e));
        }
    }

    private List<PendingAppend> nextGroup() {
        List<PendingAppend> group = new ArrayList<>();
        int size = 0;
        PendingAppend next;
        while ((next = queue.peek()) != null && (group.isEmpty() || size + next.documents.size() <= maxGroupSize)) {
            group.add(queue.poll());
            size += next.documents.size();
        }
        return group;
    }

    private void write(List<PendingAppend> group) {
        List<PendingAppend> accepted = group.stream().anyMatch(PendingAppend::spansSeveralAggregates)
                                       ? refuseTakenKeys(group) : group;
        if (accepted.isEmpty()) {
            return;
        }
        int count = accepted.stream().mapToInt(append -> append.documents.size()).sum();
        insert(accepted, sequence.allocate(count), count);
    }

    /**
     * Refuses, before any number is allocated, the appends with a key already taken: needed for a group holding an
     * append of events of several aggregates, where a conflict may be at a later aggregate's first event, which the
     * ordered insert would reach after storing the events before it.
     */
    private List<PendingAppend> refuseTakenKeys(List<PendingAppend> group) {
        List<String> keys = new ArrayList<>();
        group.forEach(append -> append.documents.forEach(document -> keys.add(document.getString(KEY))));
        Set<String> taken = new HashSet<>();
        events.find(in(KEY, keys)).projection(Projections.include(KEY))
              .forEach(document -> taken.add(document.getString(KEY)));
        List<PendingAppend> accepted = new ArrayList<>();
        for (PendingAppend append : group) {
            int conflict = append.firstKeyIn(taken);
            if (conflict >= 0) {
                append.refuse(new DuplicateEventKeyException(append.documents.get(conflict).getString(KEY)), conflict);
            } else {
                accepted.add(append);
                append.documents.forEach(document -> taken.add(document.getString(KEY)));
            }
        }
        return accepted;
    }

    /**
     * Inserts the group's documents, numbered from {@code first}, in one ordered insert. The numbers
     * {@code first .. first + allocated - 1} are this writer's and hold nothing yet; those the group does not use are
     * handed back, or marked unused if someone allocated after them.
     */
    private void insert(List<PendingAppend> group, long first, int allocated) {
        List<Document> documents = new ArrayList<>();
        group.forEach(append -> documents.addAll(append.documents));
        for (int i = 0; i < documents.size(); i++) {
            documents.get(i).put(ID, first + i);
        }
        // With appends waiting, the group is acknowledged once applied and made durable after the lock (pipelined:
        // the next group's allocation and insert overlap this one's sync); alone, it waits in the insert, which spares
        // a round trip. Numbering locally (no allocation round trip), a group is always made durable after the lock,
        // by a write to the counter that records how far the log goes: one round trip under the lock, one after.
        boolean durable = !sequence.numbersLocally() && queue.isEmpty();
        if (!durable) {
            CompletableFuture<Void> madeDurable = new CompletableFuture<>();
            awaitingDurability.add(madeDurable);
            group.forEach(append -> append.madeDurable = madeDurable);
        }
        try {
            (durable ? events : eventsApplied)
                    .insertMany(documents, new InsertManyOptions().ordered(true));
            group.forEach(PendingAppend::stored);
            giveBack(first + documents.size(), first + allocated - 1);
        } catch (MongoBulkWriteException e) {
            settlePartialGroup(group, e, first, allocated);
        } catch (RuntimeException e) {
            // Unknown outcome (e.g. the connection broke): the events may or may not be in the log. The commands fail,
            // and a retry meets the unique key if they were stored.
            group.forEach(append -> append.refuse(e, 0));
            markAfterUnknownOutcome(first, allocated);
        }
    }

    /**
     * An ordered insert stops at its first failure: the appends before it are stored; the one that failed is refused
     * (its key was taken: another command changed the aggregate first), and the ones after it are inserted again at
     * the numbers it left free. If the number itself was taken (marked unused by another node), the failed append is
     * inserted again too, with new numbers.
     */
    private void settlePartialGroup(List<PendingAppend> group, MongoBulkWriteException e, long first, int allocated) {
        BulkWriteError error = e.getWriteErrors().get(0);
        int failedIndex = error.getIndex();
        boolean numberTaken = error.getMessage() != null && error.getMessage().contains("index: _id_");
        int offset = 0;
        List<PendingAppend> retry = new ArrayList<>();
        for (PendingAppend append : group) {
            int end = offset + append.documents.size();
            if (end <= failedIndex) {
                append.stored();
            } else if (offset <= failedIndex && !numberTaken) {
                if (offset < failedIndex) {
                    log.warn("An append was partly stored: another node wrote to the same aggregate at the same time ({})",
                             e.getMessage());
                }
                append.refuse(e, failedIndex - offset);
            } else {
                retry.add(append);
            }
            offset = end;
        }
        long free = first + failedIndex;
        long last = first + allocated - 1;
        if (numberTaken) {
            giveBack(free + 1, last);
            write(retry);
        } else if (retry.isEmpty()) {
            giveBack(free, last);
        } else {
            insert(retry, free, (int) (last - free + 1));
        }
    }

    /** Hands back {@code from..to} if no one allocated after them, or else marks them unused. */
    private void giveBack(long from, long to) {
        if (from > to) {
            return;
        }
        if (sequence.release(from, (int) (to - from + 1))) {
            log.debug("Released unused global sequence numbers {}..{}", from, to);
        } else {
            unusedNumbers.mark(from, to, UnusedNumbers.Reason.INSERT_REFUSED);
        }
    }

    private void markAfterUnknownOutcome(long first, int count) {
        try {
            unusedNumbers.markAfterUnknownOutcome(first, first + count - 1);
        } catch (RuntimeException e) {
            log.warn("Could not mark global sequence numbers {}..{} as unused after a failed append; the next start"
                     + " will ({})", first, first + count - 1, e.getMessage());
        }
    }

    /** Thrown to the appending thread; {@link #failedIndex()} tells which of its documents failed. */
    static final class AppendRefusedException extends RuntimeException {
        private final int failedIndex;

        AppendRefusedException(RuntimeException cause, int failedIndex) {
            super(cause.getMessage(), cause);
            this.failedIndex = failedIndex;
        }

        int failedIndex() {
            return failedIndex;
        }
    }

    private static final class PendingAppend {
        private final List<Document> documents;
        /** Completed once durable, when the insert was acknowledged once applied; null if it waited for the disk. */
        private volatile CompletableFuture<Void> madeDurable;
        private volatile boolean settled;
        private volatile AppendRefusedException refusal;

        PendingAppend(List<Document> documents) {
            this.documents = documents;
        }

        boolean spansSeveralAggregates() {
            Object first = documents.get(0).get(AGGREGATE_IDENTIFIER);
            for (Document document : documents) {
                if (!Objects.equals(first, document.get(AGGREGATE_IDENTIFIER))) {
                    return true;
                }
            }
            return false;
        }

        int firstKeyIn(Set<String> keys) {
            for (int i = 0; i < documents.size(); i++) {
                if (keys.contains(documents.get(i).getString(KEY))) {
                    return i;
                }
            }
            return -1;
        }

        void stored() {
            settled = true;
        }

        void refuse(RuntimeException cause, int failedIndex) {
            refusal = new AppendRefusedException(cause, failedIndex);
            settled = true;
        }

        boolean isSettled() {
            return settled;
        }

        void awaitDurable() {
            CompletableFuture<Void> durable = madeDurable;
            if (durable != null) {
                try {
                    durable.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        }

        void throwIfRefused() {
            if (refusal != null) {
                throw refusal;
            }
        }
    }
}
