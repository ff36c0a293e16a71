package fr.entente.infra.eventstore;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import static com.mongodb.client.model.Filters.in;
import static fr.entente.infra.eventstore.EventDocumentMapper.ID;
import static fr.entente.infra.eventstore.EventDocumentMapper.KEY;

/**
 * Writes the appends of this node one group at a time, so that the log gets no gap and is read in the order it was
 * written.
 * <p>
 * Appends that arrive while a group is being written wait and go together into the next group (group commit): one
 * key check, one allocation of global sequence numbers and one ordered {@code insertMany} per group, whatever the
 * number of writers. Within a group each append is all-or-nothing: an append whose key is taken is refused before any
 * number is allocated. Only a writer of another node can still take a key between the check and the insert; the
 * unique index then refuses the event, and the numbers the insert did not write are handed back or marked unused
 * ({@link UnusedNumbers}), so that they are no unexplained hole.
 */
final class SerialisedAppender {

    private static final Logger log = LoggerFactory.getLogger(SerialisedAppender.class);

    private final MongoCollection<Document> events;
    private final GlobalSequence sequence;
    private final UnusedNumbers unusedNumbers;
    private final int maxGroupSize;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Queue<PendingAppend> queue = new ConcurrentLinkedQueue<>();

    SerialisedAppender(MongoCollection<Document> events, GlobalSequence sequence, UnusedNumbers unusedNumbers,
                       int maxGroupSize) {
        this.events = events;
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
        writeLock.lock();
        try {
            while (!mine.isSettled()) {
                write(nextGroup());
            }
        } finally {
            writeLock.unlock();
        }
        mine.throwIfRefused();
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
        List<PendingAppend> accepted = refuseTakenKeys(group);
        if (accepted.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>();
        accepted.forEach(append -> documents.addAll(append.documents));
        long first = sequence.allocate(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            documents.get(i).put(ID, first + i);
        }
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(true));
            accepted.forEach(PendingAppend::stored);
        } catch (MongoBulkWriteException e) {
            settlePartialGroup(accepted, e, first, documents.size());
        } catch (RuntimeException e) {
            // Unknown outcome (e.g. the connection broke): the events may or may not be in the log. The commands fail,
            // and a retry meets the unique key if they were stored.
            accepted.forEach(append -> append.refuse(e, 0));
            markAfterUnknownOutcome(first, documents.size());
        }
    }

    /**
     * An ordered insert stops at its first failure: the appends before it are stored, the one that failed is refused
     * and the ones after it go back to the queue for the next group.
     */
    private void settlePartialGroup(List<PendingAppend> accepted, MongoBulkWriteException e, long first, int count) {
        int failedIndex = e.getWriteErrors().get(0).getIndex();
        if (failedIndex == 0 && sequence.release(first, count)) {
            log.debug("Released unused global sequence numbers {}..{}", first, first + count - 1);
        } else {
            // the ordered insert stopped at the refused event: nothing will ever be written after it in this range
            unusedNumbers.mark(first + failedIndex, first + count - 1, UnusedNumbers.Reason.INSERT_REFUSED);
        }
        int offset = 0;
        List<PendingAppend> retry = new ArrayList<>();
        for (PendingAppend append : accepted) {
            int end = offset + append.documents.size();
            if (end <= failedIndex) {
                append.stored();
            } else if (offset <= failedIndex) {
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
        if (!retry.isEmpty()) {
            write(retry);
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
        private volatile boolean settled;
        private volatile AppendRefusedException refusal;

        PendingAppend(List<Document> documents) {
            this.documents = documents;
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

        void throwIfRefused() {
            if (refusal != null) {
                throw refusal;
            }
        }
    }
}
