package fr.entente.infra.logchain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The documents of a collection keyed by positions of the log, in position order, read a window of positions at a
 * time ({@code _id} from a to b, both given): the embedded store answers such a find with its stored documents, in key
 * order, without decoding, matching and encoding them again, and a real MongoDB reads the {@code _id} index's range.
 * One cursor sorted over the whole collection made the embedded server sort the whole log in memory first. Only
 * documents with whole-number positions are read: the verifier counts the others apart.
 * <p>
 * The documents stay as the reply's bytes ({@link RawBsonDocument}: one copy, nothing decoded), and a thread of its
 * own reads the next windows while the verifier hashes this one (at most {@value #AHEAD} windows ahead); {@link
 * #close()} stops it.
 */
final class PositionWindows implements Iterator<RawBsonDocument>, AutoCloseable {

    static final int WINDOW = 5_000;
    private static final int AHEAD = 2;
    private static final Object END = new Object();

    private final MongoCollection<RawBsonDocument> collection;
    private final long first;
    private final long last;
    private final BlockingQueue<Object> windows = new ArrayBlockingQueue<>(AHEAD);
    private Thread reader;
    private boolean ended;
    private Iterator<RawBsonDocument> window = List.<RawBsonDocument>of().iterator();
    private long read;

    /** The documents of {@code collection} at positions {@code first} to {@code last} (below {@code Long.MAX_VALUE}). */
    PositionWindows(MongoCollection<BsonDocument> collection, long first, long last) {
        this.collection = raw(collection);
        this.first = first;
        this.last = last;
    }

    /** The collection read as stored bytes ({@link RawDocumentCodec}). */
    static MongoCollection<RawBsonDocument> raw(MongoCollection<BsonDocument> collection) {
        return collection.withDocumentClass(RawBsonDocument.class)
                         .withCodecRegistry(org.bson.codecs.configuration.CodecRegistries.fromRegistries(
                                 org.bson.codecs.configuration.CodecRegistries.fromCodecs(new RawDocumentCodec()),
                                 collection.getCodecRegistry()));
    }

    /**
     * The binary values of {@code first} and {@code second} at the top level of a raw document (generic subtype),
     * or null if either is missing or of another kind: read from the bytes, without a reader.
     */
    static byte[][] binaries(RawBsonDocument document, byte[] first, byte[] second) {
        ByteBuffer bytes = document.getByteBuffer().asNIO();
        if (!bytes.hasArray()) {
            return null;
        }
        byte[] b = bytes.array();
        int p = bytes.arrayOffset() + bytes.position() + 4;
        int limit = bytes.arrayOffset() + bytes.position() + bytes.remaining() - 1;
        byte[][] found = new byte[2][];
        while (p < limit) {
            byte type = b[p++];
            int name = p;
            while (p < limit && b[p] != 0) {
                p++;
            }
            int nameLength = p - name;
            p++;
            int end = CanonicalEvent.valueEnd(b, p, type, limit);
            if (end < 0) {
                return null;
            }
            if (type == 0x05 && b[p + 4] == 0) {
                int length = end - p - 5;
                if (nameLength == first.length && java.util.Arrays.equals(b, name, name + nameLength, first, 0, nameLength)) {
                    found[0] = java.util.Arrays.copyOfRange(b, p + 5, p + 5 + length);
                } else if (nameLength == second.length && java.util.Arrays.equals(b, name, name + nameLength, second, 0, nameLength)) {
                    found[1] = java.util.Arrays.copyOfRange(b, p + 5, p + 5 + length);
                }
            }
            p = end;
        }
        return found[0] != null && found[1] != null ? found : null;
    }

    /** The smallest whole-number position the collection holds, if any. */
    static java.util.Optional<Long> firstPosition(MongoCollection<BsonDocument> collection) {
        return java.util.Optional.ofNullable(collection.find(Filters.and(Filters.gte("_id", Long.MIN_VALUE),
                                                                          Filters.lte("_id", Long.MAX_VALUE)))
                                                       .sort(Sorts.ascending("_id")).limit(1).first())
                                 .map(document -> LogChain.positionOf(document.get("_id")));
    }

    /** A document's {@code _id}, read straight from the bytes when it is the first field and a whole number. */
    static BsonValue idOf(BsonDocument document) {
        if (document instanceof RawBsonDocument raw) {
            ByteBuffer bytes = raw.getByteBuffer().asNIO();
            if (bytes.hasArray() && bytes.remaining() >= 17) {
                byte[] b = bytes.array();
                int p = bytes.arrayOffset() + bytes.position() + 4;
                if (b[p + 1] == '_' && b[p + 2] == 'i' && b[p + 3] == 'd' && b[p + 4] == 0) {
                    if (b[p] == 0x12) {
                        return new BsonInt64(ByteBuffer.wrap(b, p + 5, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong());
                    }
                    if (b[p] == 0x10) {
                        return new BsonInt32(ByteBuffer.wrap(b, p + 5, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
                    }
                }
            }
        }
        return document.get("_id");
    }

    private List<RawBsonDocument> window(long from, long to) {
        List<RawBsonDocument> documents = new ArrayList<>(WINDOW);
        boolean ordered = true;
        long previous = Long.MIN_VALUE;
        for (RawBsonDocument document : collection.find(Filters.and(Filters.gte("_id", from), Filters.lte("_id", to)))
                                                  .limit(WINDOW).batchSize(WINDOW)) {
            // a fractional position is no position of the log: left to the count, which sends the verifier the long way
            BsonValue id = idOf(document);
            if (LogChain.isPosition(id)) {
                long position = LogChain.positionOf(id);
                ordered &= position > previous;
                previous = position;
                documents.add(document);
            }
        }
        if (!ordered) {
            documents.sort(Comparator.comparingLong(document -> LogChain.positionOf(idOf(document))));
        }
        return documents;
    }

    private void readAhead() {
        try {
            for (long next = first; next <= last; ) {
                long to = Math.min(last, next + WINDOW - 1);
                windows.put(window(next, to));
                if (to == last) {
                    break;
                }
                next = to + 1;
            }
            windows.put(END);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error failed) {
            windows.clear();
            windows.offer(failed);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!window.hasNext() && !ended && first <= last) {
            if (reader == null) {
                reader = new Thread(this::readAhead, "log-verifier-windows");
                reader.setDaemon(true);
                reader.start();
            }
            Object next;
            try {
                next = windows.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the log", e);
            }
            if (next == END) {
                ended = true;
            } else if (next instanceof RuntimeException failed) {
                ended = true;
                throw failed;
            } else if (next instanceof Error failed) {
                ended = true;
                throw failed;
            } else {
                List<RawBsonDocument> documents = (List<RawBsonDocument>) next;
                read += documents.size();
                window = documents.iterator();
            }
        }
        return window.hasNext();
    }

    @Override
    public RawBsonDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return window.next();
    }

    /** How many documents the windows have read so far. */
    long read() {
        return read;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.interrupt();
        }
    }
}
