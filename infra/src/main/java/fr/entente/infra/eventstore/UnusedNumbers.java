package fr.entente.infra.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.bulk.BulkWriteError;
import org.bson.Document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static fr.entente.infra.eventstore.EventDocumentMapper.ID;
import static fr.entente.infra.eventstore.EventDocumentMapper.KEY;
import static fr.entente.infra.eventstore.EventDocumentMapper.TIMESTAMP;
import static fr.entente.infra.eventstore.EventDocumentMapper.UNUSED;

/**
 * Records, in the log itself, the global sequence numbers that were allocated and will never hold an event, so that
 * the log has no unexplained hole: a marker document takes the number's place in {@code events}:
 * <pre>
 * { _id: 57, key: "unused:57", timestamp: &lt;when recorded&gt;,
 *   unused: { reason: "writer-stopped", detail: "…", first: 55, last: 60 } }
 * </pre>
 * {@code first}..{@code last} is the run of numbers it belongs to. Because the marker takes the very {@code _id}, a
 * marker and a late event cannot both exist: whichever is inserted first wins and the unique {@code _id} refuses the
 * other. Its key has no {@code #}, so it never meets an event's key ({@code aggregate#sequence}). Readers step over
 * markers; {@link LogContinuity} tells a marked number from a missing one.
 */
final class UnusedNumbers {

    /** Why a number holds no event. */
    enum Reason {
        WRITER_STOPPED("writer-stopped", "allocated to an append whose writer stopped (crash or kill) before writing it;"
                                         + " recorded when the store started again"),
        INSERT_REFUSED("insert-refused", "allocated to an append that the store refused (another writer took the"
                                         + " aggregate's sequence number first)"),
        INSERT_FAILED("insert-failed", "allocated to an append whose insert failed before anything was written");

        final String code;
        final String detail;

        Reason(String code, String detail) {
            this.code = code;
            this.detail = detail;
        }
    }

    private final MongoCollection<Document> events;
    private final Clock clock;

    UnusedNumbers(MongoCollection<Document> events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    static String markerKey(long number) {
        return "unused:" + number;
    }

    /**
     * Marks each number of {@code [first, last]} that holds nothing yet. Numbers that hold an event (or a marker)
     * are left as they are.
     *
     * @return how many numbers it marked
     */
    int mark(long first, long last, Reason reason) {
        if (last < first) {
            return 0;
        }
        List<Document> markers = new ArrayList<>((int) (last - first + 1));
        Date now = Date.from(clock.instant());
        for (long number = first; number <= last; number++) {
            markers.add(new Document(ID, number).append(KEY, markerKey(number)).append(TIMESTAMP, now)
                                                .append(UNUSED, new Document("reason", reason.code)
                                                        .append("detail", reason.detail)
                                                        .append("first", first)
                                                        .append("last", last)));
        }
        try {
            events.insertMany(markers, new InsertManyOptions().ordered(false));
            return markers.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            return markers.size() - e.getWriteErrors().size();
        }
    }

    /**
     * Marks {@code [first, last]} after an insert whose outcome is unknown (it may have been written, or may still be
     * running on the server): first the range's first number alone, since an ordered insert that has not written
     * it yet now stops there and writes nothing; only then the rest. If the first number holds an event, the insert
     * did run, and the rest is left as it is.
     *
     * @return how many numbers it marked
     */
    int markAfterUnknownOutcome(long first, long last) {
        if (mark(first, first, Reason.INSERT_FAILED) == 0) {
            return 0;
        }
        return 1 + mark(first + 1, last, Reason.INSERT_FAILED);
    }
}
