package fr.entente.mongo.embedded;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

import fr.entente.mongo.embedded.QueryConstraints.FieldConstraint;

/**
 * mongo-java-server's H2 collection, choosing among its {@link OrderedIndex}es the one that narrows a query
 * most (mongo-java-server takes the first index that can handle the query, and only for exact key matches),
 * and reading documents in index order when that is the order asked for, so that sort + limit stops early.
 * <p>
 * Counts the documents it reads to answer queries ({@link #documentsExamined()}), so tests can tell an index
 * scan from a collection scan.
 */
final class EmbeddedCollection extends H2Collection {

    private final MVMap<Object, Document> dataMap;
    private final MVMap<String, Object> metaMap;
    private final LongAdder documentsExamined = new LongAdder();
    private volatile String lastPlan = "none";
    /** True while an update runs (under the collection's lock): queries then return copies. */
    private boolean updating;

    EmbeddedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                       MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
        this.metaMap = metaMap;
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
    protected Document getDocument(Object position) {
        documentsExamined.increment();
        return super.getDocument(position);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        OrderedIndex.Scan best = null;
        Map<String, FieldConstraint> constraints = QueryConstraints.parse(query);
        Document sort = limit > 0 || numberToSkip > 0 ? orderBy : (constraints.isEmpty() ? null : orderBy);
        for (Index<Object> index : getIndexes()) {
            if (index instanceof OrderedIndex orderedIndex) {
                OrderedIndex.Scan scan = orderedIndex.plan(constraints, sort);
                if (scan != null && (best == null || isBetter(scan, best))) {
                    best = scan;
                }
            }
        }
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

    /**
     * Updates work on copies of the stored documents. mongo-java-server updates a document by mutating the
     * instance its query returned, which is the instance stored in the map: one that may also sit in a reply still
     * to be encoded (replies to writes are held back until their commit) or in a cursor, and would change under
     * its reader's feet (a counter incremented by findAndModify returned the same value to two clients). With
     * updates on copies, a stored instance is never mutated, and plain reads can share it.
     */
    @Override
    protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documentStream, int numberToSkip,
                                                   int limit, int batchSize, Comparator<Document> documentComparator,
                                                   Document fieldSelector) {
        Stream<Document> documents = documentStream;
        if (updating) {
            documents = documentStream
                .filter(document -> documentMatchesQuery(document, query))
                .map(Document::cloneDeeply);
        }
        return super.matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, documentComparator,
            fieldSelector);
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        updating = true;
        try {
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        } finally {
            updating = false;
        }
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        updating = true;
        try {
            return super.findAndModify(query);
        } finally {
            updating = false;
        }
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
        Cursor<Object, Document> cursor = dataMap.cursor(null, null, descending);
        Iterator<Document> values = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Document next() {
                cursor.next();
                documentsExamined.increment();
                return cursor.getValue();
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
