package fr.entente.infra.logchain;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain along the log's global sequence, kept beside the log in {@value #COLLECTION}: for each position, the
 * SHA-256 digest of the entry's canonical form and the link, the digest of the previous link and of that digest. The
 * chain only ever grows over positions that follow each other with nothing missing: a number still being written
 * stops it until the event (or the marker saying the number is unused) is there. It is a pure function of the log,
 * so several nodes extending it at once write the same links (a link already written is left as it is).
 */
public class LogChain {

    public static final String COLLECTION = "logchain";
    static final String EVENTS = "events";
    static final byte[] GENESIS = new byte[32];

    /** A link of the chain: the entry at {@code position} and all before it. */
    public record Link(long position, byte[] digest, byte[] link) {

        public String linkHex() {
            return HexFormat.of().formatHex(link);
        }
    }

    private final MongoCollection<BsonDocument> events;
    private final MongoCollection<BsonDocument> chain;

    public LogChain(MongoDatabase database) {
        this.events = database.getCollection(EVENTS, BsonDocument.class);
        this.chain = database.getCollection(COLLECTION, BsonDocument.class);
    }

    /** The index that finds where a moved entry was written; the hub makes it, a read-only verifier does not. */
    public LogChain withIndexes() {
        chain.createIndex(Indexes.ascending("digest"), new IndexOptions().name("digest"));
        return this;
    }

    /** The last link, if the chain has begun. */
    public Optional<Link> head() {
        return Optional.ofNullable(chain.find().sort(Sorts.descending("_id")).limit(1).first()).map(LogChain::linkOf);
    }

    /** The link at this position, if the chain has reached it. */
    public Optional<Link> at(long position) {
        return Optional.ofNullable(chain.find(Filters.eq("_id", position)).first()).map(LogChain::linkOf);
    }

    /**
     * Chains the entries that follow the head, at most {@code limit} of them, up to the first number that holds
     * nothing yet.
     *
     * @return how many links it added
     */
    public int extend(int limit) {
        Optional<Link> head = head();
        byte[] previous = head.map(Link::link).orElse(GENESIS);
        Long expected = head.map(link -> link.position() + 1).orElse(null);
        BsonDocument after = head.isPresent() ? new BsonDocument("_id", new BsonDocument("$gt", new BsonInt64(head.get().position())))
                                              : new BsonDocument("_id", new BsonDocument("$gte", new BsonInt64(Long.MIN_VALUE)));
        List<BsonDocument> links = new ArrayList<>();
        try (MongoCursor<RawBsonDocument> entries = PositionWindows.raw(events).find(after).sort(Sorts.ascending("_id"))
                                                          .limit(limit).batchSize(Math.min(limit, 1_000)).iterator()) {
            while (entries.hasNext()) {
                RawBsonDocument entry = entries.next();
                long position = positionOf(PositionWindows.idOf(entry));
                if (expected != null && position != expected) {
                    break;
                }
                // from the stored bytes; the decoded way for a document those do not give (the verifier tries both)
                byte[] digest = CanonicalEvent.digest(entry);
                if (digest == null) {
                    digest = CanonicalEvent.digest(entry.decode(new org.bson.codecs.BsonDocumentCodec()));
                }
                byte[] link = CanonicalEvent.link(previous, position, digest);
                links.add(new BsonDocument("_id", new BsonInt64(position)).append("digest", new BsonBinary(digest))
                                                                           .append("link", new BsonBinary(link)));
                previous = link;
                expected = position + 1;
            }
        }
        if (links.isEmpty()) {
            return 0;
        }
        try {
            chain.insertMany(links);
            return links.size();
        } catch (MongoBulkWriteException e) {
            // another node chained the same entries: its links are these
            if (e.getWriteErrors().stream().allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                return e.getWriteResult().getInsertedCount();
            }
            throw e;
        }
    }

    /** Chains everything there is to chain now. */
    public long extendFully() {
        long added = 0;
        int batch;
        while ((batch = extend(10_000)) > 0) {
            added += batch;
        }
        return added;
    }

    MongoCollection<BsonDocument> events() {
        return events;
    }

    MongoCollection<BsonDocument> links() {
        return chain;
    }

    static long positionOf(BsonValue id) {
        if (id.isInt64()) {
            return id.asInt64().getValue();
        }
        if (id.isInt32()) {
            return id.asInt32().getValue();
        }
        throw new IllegalStateException("not a position of the log: " + id);
    }

    static boolean isPosition(BsonValue id) {
        return id.isInt64() || id.isInt32();
    }

    static Link linkOf(BsonDocument document) {
        return new Link(positionOf(document.get("_id")), document.getBinary("digest").getData(),
                        document.getBinary("link").getData());
    }
}
