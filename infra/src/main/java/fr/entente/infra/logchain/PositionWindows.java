package fr.entente.infra.logchain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.BsonDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The documents of a collection keyed by positions of the log, in position order, read a window of positions at a
 * time ({@code _id} from a to b, both given): the embedded store answers such a find with its stored documents, in key
 * order, without decoding, matching and encoding them again, and a real MongoDB reads the {@code _id} index's range.
 * One cursor sorted over the whole collection made the embedded server sort the whole log in memory first. Only
 * documents with whole-number positions are read: the verifier counts the others apart.
 */
final class PositionWindows implements Iterator<BsonDocument> {

    static final int WINDOW = 5_000;

    private final MongoCollection<BsonDocument> collection;
    private final long last;
    private long next;
    private Iterator<BsonDocument> window = List.<BsonDocument>of().iterator();
    private long read;

    /** The documents of {@code collection} at positions {@code first} to {@code last} (below {@code Long.MAX_VALUE}). */
    PositionWindows(MongoCollection<BsonDocument> collection, long first, long last) {
        this.collection = collection;
        this.next = first;
        this.last = last;
    }

    /** The smallest whole-number position the collection holds, if any. */
    static java.util.Optional<Long> firstPosition(MongoCollection<BsonDocument> collection) {
        return java.util.Optional.ofNullable(collection.find(Filters.and(Filters.gte("_id", Long.MIN_VALUE),
                                                                          Filters.lte("_id", Long.MAX_VALUE)))
                                                       .sort(Sorts.ascending("_id")).limit(1).first())
                                 .map(document -> LogChain.positionOf(document.get("_id")));
    }

    @Override
    public boolean hasNext() {
        while (!window.hasNext() && next <= last) {
            long to = Math.min(last, next + WINDOW - 1);
            List<BsonDocument> documents = new ArrayList<>(WINDOW);
            for (BsonDocument document : collection.find(Filters.and(Filters.gte("_id", next), Filters.lte("_id", to)))
                                                   .limit(WINDOW).batchSize(WINDOW)) {
                // a fractional position is no position of the log: left to the count, which sends the verifier the long way
                if (LogChain.isPosition(document.get("_id"))) {
                    documents.add(document);
                }
            }
            documents.sort(Comparator.comparingLong(document -> LogChain.positionOf(document.get("_id"))));
            window = documents.iterator();
            read += documents.size();
            next = to + 1;
        }
        return window.hasNext();
    }

    @Override
    public BsonDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return window.next();
    }

    /** How many documents the windows have read so far. */
    long read() {
        return read;
    }
}
