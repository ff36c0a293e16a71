package fr.entente.mongo.embedded;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

import fr.entente.mongo.embedded.QueryConstraints.FieldConstraint;

/**
 * A collection of the embedded server: documents as BSON bytes in an MVMap keyed by position ({@code _id}), in
 * {@link BsonOrder}, decoded when read (so that a commit copies bytes instead of encoding every document of the pages
 * it rewrites, and reading a page from the file decodes only the documents asked for). Each read gives a fresh
 * instance: a document an update changes is never one that a reply or a cursor still holds.
 * <p>
 * Queries choose among the collection's {@link OrderedIndex}es the one that narrows them most (mongo-java-server takes
 * the first index that can handle the query, and only for exact key matches), and read documents in index order when
 * that is the order asked for, so that sort + limit stops early. Counts the documents it reads to answer queries
 * ({@link #documentsExamined()}), so tests can tell an index scan from a collection scan.
 * <p>
 * Same map names and on-disk layout as mongo-java-server's {@code H2Collection} (a length, then the BSON).
 */
final class EmbeddedCollection extends AbstractSynchronizedMongoCollection<Object> {

    private static final String DATA_SIZE_KEY = "dataSize";

    private final MVMap<Object, byte[]> dataMap;
    private final MVMap<String, Object> metaMap;
    private final LongAdder documentsExamined = new LongAdder();
    private volatile String lastPlan = "none";

    EmbeddedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                       MVMap<Object, byte[]> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
        this.dataMap = dataMap;
        this.metaMap = metaMap;
        metaMap.putIfAbsent(DATA_SIZE_KEY, 0L);
    }

    String idField() {
        return getIdField();
    }

    long documentsExamined() {
        return documentsExamined.sum();
    }

    /** How the last query was answered: an index scan's description, or "collection scan". */
    String lastPlan() {
        return lastPlan;
    }

    // ------------------------------------------------------------------ storage

    @Override
    protected Object addDocumentInternal(Document document) {
        Object key = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
        byte[] previous = dataMap.putIfAbsent(Missing.ofNullable(key), BsonCodec.encode(document));
        if (previous != null) {
            // the unique _id index refuses a duplicate before this point; reaching here is a bug
            throw new IllegalStateException("Document with key '" + key + "' already existed in " + this);
        }
        return key;
    }

    @Override
    protected Document getDocument(Object position) {
        documentsExamined.increment();
        byte[] bson = dataMap.get(position);
        return bson == null ? null : BsonCodec.decode(bson);
    }

    @Override
    protected void removeDocument(Object position) {
        if (dataMap.remove(position) == null) {
            throw new NoSuchElementException("No document with key " + position);
        }
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        dataMap.put(Missing.ofNullable(position), BsonCodec.encode(newDocument));
    }

    @Override
    public int count() {
        return dataMap.size();
    }

    @Override
    public boolean isEmpty() {
        return dataMap.isEmpty();
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        synchronized (metaMap) {
            long size = ((Number) metaMap.get(DATA_SIZE_KEY)).longValue();
            metaMap.put(DATA_SIZE_KEY, size + sizeDelta);
        }
    }

    @Override
    protected int getDataSize() {
        return ((Number) metaMap.get(DATA_SIZE_KEY)).intValue();
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return dataMap.entrySet().stream()
            .map(entry -> new DocumentWithPosition<>(BsonCodec.decode(entry.getValue()), entry.getKey()));
    }

    // ------------------------------------------------------------------ queries

    /**
     * The whole collection, as an aggregation reads it; narrowed by the aggregation's leading {@code $match}
     * when there is one, so that the query planner can use an index (the $match stage still filters).
     */
    @Override
    public Stream<Document> queryAllAsStream() {
        Document filter = EmbeddedBackend.takeAggregateMatch(getFullName());
        Iterable<Document> documents = filter != null ? handleQuery(filter) : queryAll();
        return StreamSupport.stream(documents.spliterator(), false);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        Map<String, FieldConstraint> constraints = QueryConstraints.parse(query);
        Document sort = limit > 0 || numberToSkip > 0 ? orderBy : (constraints.isEmpty() ? null : orderBy);
        OrderedIndex.Scan best = bestScan(constraints, sort);
        if (best == null) {
            lastPlan = "collection scan";
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        lastPlan = best.toString();
        Stream<Document> documents = StreamSupport.stream(best.spliterator(), false)
            .map(this::getDocument)
            .filter(Objects::nonNull);
        // when the index answers the query exactly, an empty filter spares the matcher
        Document filter = best.isExactFor(query) ? new Document() : query;
        if (best.ordered) {
            // already in the requested order: the stream stops after skip + limit
            return matchDocumentsFromStream(filter, documents, numberToSkip, limit, batchSize, null, fieldSelector);
        }
        return matchDocumentsFromStream(documents, filter, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    private OrderedIndex.Scan bestScan(Map<String, FieldConstraint> constraints, Document sort) {
        OrderedIndex.Scan best = null;
        for (Index<Object> index : getIndexes()) {
            if (index instanceof OrderedIndex orderedIndex) {
                OrderedIndex.Scan scan = orderedIndex.plan(constraints, sort);
                if (scan != null && (best == null || isBetter(scan, best))) {
                    best = scan;
                }
            }
        }
        return best;
    }

    /**
     * The stored BSON of the documents that match {@code filter}, at most {@code take} of them, when they can be found
     * without the matcher: an index answers the filter exactly ({@link OrderedIndex.Scan#isExactFor}: one equality or
     * {@code $in} of scalars on an index's only field), or the filter is a range of whole numbers on {@code _id}, read
     * in key order from the data. Null otherwise, or if more than {@code fits} match (known before any document is
     * read), and the query takes the usual way. Under the collection's lock, as {@link #handleQuery} is, so that a read
     * sees an insert of several documents whole or not at all.
     */
    synchronized List<byte[]> storedMatches(Document filter, long take, long fits) {
        IdRange range = IdRange.of(filter, getIdField());
        if (range != null) {
            return storedInRange(range, take, fits);
        }
        OrderedIndex.Scan scan = bestScan(QueryConstraints.parse(filter), null);
        if (scan == null || !scan.isExactFor(filter)) {
            return null;
        }
        List<Object> positions = new ArrayList<>();
        for (Object position : scan) {
            if (positions.size() >= take) {
                break;
            }
            positions.add(position);
        }
        if (positions.size() > fits) {
            return null;
        }
        lastPlan = scan + ", stored BSON";
        List<byte[]> found = new ArrayList<>(positions.size());
        for (Object position : positions) {
            documentsExamined.increment();
            byte[] bson = dataMap.get(position);
            if (bson != null) {
                found.add(bson);
            }
        }
        return found;
    }

    private List<byte[]> storedInRange(IdRange range, long take, long fits) {
        List<byte[]> found = new ArrayList<>();
        Cursor<Object, byte[]> cursor = dataMap.cursor(Long.valueOf(range.lower()), null, false);
        while (found.size() < take && cursor.hasNext()) {
            Object key = cursor.next();
            if (!(key instanceof Long || key instanceof Integer)) {
                if (key instanceof Number) {
                    // a fractional number, which the matcher compares by truncation: its way decides
                    return null;
                }
                break;
            }
            long id = ((Number) key).longValue();
            if (id > range.upper() || (id == range.upper() && !range.upperInclusive())) {
                break;
            }
            if (id == range.lower() && !range.lowerInclusive()) {
                continue;
            }
            found.add(cursor.getValue());
        }
        if (found.size() > fits) {
            return null;
        }
        lastPlan = "_id range " + range + ", stored BSON";
        documentsExamined.add(found.size());
        return found;
    }

    private static boolean isBetter(OrderedIndex.Scan candidate, OrderedIndex.Scan current) {
        int byScore = Integer.compare(candidate.score(), current.score());
        if (byScore != 0) {
            return byScore > 0;
        }
        return candidate.ordered && !current.ordered;
    }

    /** The collection scan, counting the documents it reads. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        boolean descending = isNaturalDescending(orderBy);
        Cursor<Object, byte[]> cursor = dataMap.cursor(null, null, descending);
        Iterator<Document> values = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Document next() {
                cursor.next();
                documentsExamined.increment();
                return BsonCodec.decode(cursor.getValue());
            }
        };
        Stream<Document> documents = StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(values, Spliterator.ORDERED | Spliterator.NONNULL), false);
        return matchDocumentsFromStream(documents, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    void removeMaps() {
        dataMap.getStore().removeMap(dataMap);
        metaMap.getStore().removeMap(metaMap);
    }

    void renameMaps(String dataMapName, String metaMapName) {
        dataMap.getStore().renameMap(dataMap, dataMapName);
        metaMap.getStore().renameMap(metaMap, metaMapName);
    }
}
