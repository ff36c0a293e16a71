package fr.entente.mongo.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import de.bwaldvogel.mongo.exception.KeyConstraintError;
import de.bwaldvogel.mongo.exception.MongoServerError;

import fr.entente.mongo.embedded.BsonOrder.Bound;
import fr.entente.mongo.embedded.QueryConstraints.FieldConstraint;

/**
 * A persistent ordered index, unique or not, on one or several fields: an MVMap whose keys are
 * {@link IndexEntry} (the normalised field values in {@link BsonOrder}, then the document's position).
 * It replaces both mongo-java-server's H2 unique index (which answers equality and {@code $in} on a single
 * field, and exact equality only on a compound key) and its missing secondary indexes.
 * <p>
 * A scan ({@link #plan}) uses equality or {@code $in} on leading fields and a range on the next one, and
 * returns a superset of the matching positions; the collection's matcher does the rest.
 * <p>
 * Arrays are indexed element by element (an empty array as itself); several array fields give their
 * cross product. Once an index has held an array ("multikey", remembered in the store) it no longer
 * intersects a lower and an upper bound on one field, because {@code {a: {$gt: 2, $lt: 5}}} matches
 * {@code a: [1, 10]}, and it no longer provides sort order.
 * <p>
 * All methods run inside the collection's lock (writes) or read a consistent map version (reads).
 */
final class OrderedIndex extends Index<Object> {

    private static final int MAX_KEYS_PER_DOCUMENT = 10_000;
    /** Bounds the cross product of $in lists over several fields; one field may list many values. */
    private static final int MAX_SCAN_RANGES = 100_000;

    private final MVStore store;
    private final MVMap<IndexEntry, Object> entries;
    private final MVMap<String, Object> indexFlags;
    private final boolean unique;
    private final String positionField;
    private volatile boolean multikey;

    OrderedIndex(MVStore store, String mapName, MVMap<String, Object> indexFlags, String name, List<IndexKey> keys,
                 boolean unique, boolean sparse, String positionField) {
        super(name, keys, sparse);
        this.store = store;
        this.entries = store.openMap(mapName, new MVMap.Builder<IndexEntry, Object>()
            .keyType(IndexEntry.Type.INSTANCE)
            .valueType(BsonValueType.INSTANCE));
        this.indexFlags = indexFlags;
        this.unique = unique;
        this.positionField = positionField;
        this.multikey = Boolean.TRUE.equals(indexFlags.get(multikeyFlag()));
    }

    String mapName() {
        return entries.getName();
    }

    void renameMap(String newMapName) {
        Object flag = indexFlags.remove(multikeyFlag());
        store.renameMap(entries, newMapName);
        if (flag != null) {
            indexFlags.put(multikeyFlag(), flag);
        }
    }

    private String multikeyFlag() {
        return entries.getName() + ".multikey";
    }

    boolean isMultikey() {
        return multikey;
    }

    @Override
    public boolean isUnique() {
        return unique;
    }

    // ---------------------------------------------------------------- keys of a document

    /** The index keys of a document: raw values (for messages) and normalised values; empty if sparse and absent. */
    private record DocumentKeys(List<Object[]> raw, List<Object[]> normalized, boolean hasArray) {
    }

    private DocumentKeys keysOf(Document document) {
        List<IndexKey> keys = getKeys();
        List<List<Object>> valuesPerKey = new ArrayList<>(keys.size());
        boolean hasArray = false;
        boolean allMissing = true;
        for (IndexKey key : keys) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, key.getKey());
            if (!(value instanceof Missing)) {
                allMissing = false;
            }
            if (value instanceof Collection<?> collection) {
                hasArray = true;
                valuesPerKey.add(collection.isEmpty() ? List.of(List.of()) : distinct(collection));
            } else {
                valuesPerKey.add(Collections.singletonList(value));
            }
        }
        if (isSparse() && allMissing) {
            return new DocumentKeys(List.of(), List.of(), false);
        }
        List<Object[]> raw = new ArrayList<>();
        raw.add(new Object[0]);
        for (List<Object> values : valuesPerKey) {
            List<Object[]> next = new ArrayList<>(raw.size() * values.size());
            for (Object[] prefix : raw) {
                for (Object value : values) {
                    Object[] combined = Arrays.copyOf(prefix, prefix.length + 1);
                    combined[prefix.length] = value;
                    next.add(combined);
                }
            }
            raw = next;
            if (raw.size() > MAX_KEYS_PER_DOCUMENT) {
                throw new MongoServerError(17280, "KeyTooLong",
                    "too many index keys (" + raw.size() + ") for one document in index " + getName());
            }
        }
        List<Object[]> normalized = new ArrayList<>(raw.size());
        for (Object[] values : raw) {
            Object[] n = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                n[i] = BsonOrder.normalize(values[i]);
            }
            normalized.add(n);
        }
        return new DocumentKeys(raw, normalized, hasArray);
    }

    private static List<Object> distinct(Collection<?> values) {
        List<Object> result = new ArrayList<>(values.size());
        Set<Object> seen = new HashSet<>();
        for (Object value : values) {
            if (seen.add(BsonOrder.normalize(value))) {
                result.add(value);
            }
        }
        return result;
    }

    private Object positionOf(Document document) {
        return Utils.getSubdocumentValue(document, positionField);
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Object getPosition(Document document) {
        if (!unique) {
            return null;
        }
        for (Object[] values : keysOf(document).normalized()) {
            IndexEntry first = entries.ceilingKey(new IndexEntry(values, Bound.LOWEST));
            if (first != null && sameValues(first.values, values)) {
                return first.position;
            }
        }
        return null;
    }

    /**
     * A document being added has no entry yet, so any entry with its values is another document's, even one at the
     * same position: for the {@code _id} index, whose position is the {@code _id} itself, that is a second document
     * with the same {@code _id}, refused here as MongoDB refuses it (E11000), before the collection stores anything.
     */
    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        if (unique) {
            checkUnique(keysOf(document), null, collection);
        }
    }

    private void checkUnique(DocumentKeys keys, Object position, MongoCollection<Object> collection) {
        for (int i = 0; i < keys.normalized().size(); i++) {
            Object[] values = keys.normalized().get(i);
            Cursor<IndexEntry, Object> cursor = entries.cursor(
                new IndexEntry(values, Bound.LOWEST), new IndexEntry(values, Bound.HIGHEST), false);
            while (cursor.hasNext()) {
                IndexEntry other = cursor.next();
                if (position == null || BsonOrder.INSTANCE.compare(other.position, position) != 0) {
                    throw new DuplicateKeyError(this, collection, getKeys(), new KeyValue(Arrays.asList(keys.raw().get(i))));
                }
            }
        }
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        DocumentKeys keys = keysOf(document);
        if (unique) {
            checkUnique(keys, null, collection);
        }
        put(keys, position);
    }

    private void put(DocumentKeys keys, Object position) {
        for (Object[] values : keys.normalized()) {
            entries.put(new IndexEntry(values, position), Boolean.TRUE);
        }
        if (keys.hasArray() && !multikey) {
            multikey = true;
            indexFlags.put(multikeyFlag(), Boolean.TRUE);
        }
    }

    @Override
    public Object remove(Document document) {
        DocumentKeys keys = keysOf(document);
        if (keys.normalized().isEmpty()) {
            return null;
        }
        Object position = positionOf(document);
        for (Object[] values : keys.normalized()) {
            entries.remove(new IndexEntry(values, position));
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        if (unique) {
            DocumentKeys newKeys = keysOf(newDocument);
            if (!sameKeys(keysOf(oldDocument), newKeys)) {
                checkUnique(newKeys, positionOf(oldDocument), collection);
            }
        }
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) throws KeyConstraintError {
        DocumentKeys oldKeys = keysOf(oldDocument);
        DocumentKeys newKeys = keysOf(newDocument);
        if (sameKeys(oldKeys, newKeys)) {
            return;
        }
        if (unique) {
            checkUnique(newKeys, position, collection);
        }
        for (Object[] values : oldKeys.normalized()) {
            entries.remove(new IndexEntry(values, position));
        }
        put(newKeys, position);
    }

    private static boolean sameKeys(DocumentKeys a, DocumentKeys b) {
        if (a.normalized().size() != b.normalized().size()) {
            return false;
        }
        for (int i = 0; i < a.normalized().size(); i++) {
            if (!sameValues(a.normalized().get(i), b.normalized().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValues(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (BsonOrder.INSTANCE.compare(a[i], b[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        indexFlags.remove(multikeyFlag());
        store.removeMap(entries);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public boolean canHandle(Document query) {
        return plan(QueryConstraints.parse(query), null) != null;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        Scan scan = plan(QueryConstraints.parse(query), null);
        if (scan == null) {
            throw new IllegalArgumentException(this + " cannot handle " + query);
        }
        return scan;
    }

    /**
     * How this index would answer a query, or null if it cannot narrow it down. With a non-null
     * {@code orderBy}, the scan also tells whether it returns positions in that order (then the caller
     * need not sort, and may stop after skip + limit); with no constraint at all, a scan is only offered
     * when it provides that order.
     */
    Scan plan(Map<String, FieldConstraint> constraints, Document orderBy) {
        List<IndexKey> keys = getKeys();
        List<Object[]> prefixes = new ArrayList<>();
        prefixes.add(new Object[0]);
        int equalityFields = 0;
        for (IndexKey key : keys) {
            FieldConstraint constraint = constraints.get(key.getKey());
            if (constraint == null || constraint.equalValues == null) {
                break;
            }
            if (isSparse() && constraint.equalValues.contains(null)) {
                // a sparse index has no entry for documents without the field, which {field: null} matches
                break;
            }
            if ((long) prefixes.size() * constraint.equalValues.size() > MAX_SCAN_RANGES) {
                break;
            }
            List<Object[]> next = new ArrayList<>();
            for (Object[] prefix : prefixes) {
                for (Object value : constraint.equalValues) {
                    Object[] combined = Arrays.copyOf(prefix, prefix.length + 1);
                    combined[prefix.length] = value;
                    next.add(combined);
                }
            }
            prefixes = next;
            equalityFields++;
        }
        Object lower = null;
        Object upper = null;
        if (equalityFields < keys.size()) {
            FieldConstraint constraint = constraints.get(keys.get(equalityFields).getKey());
            if (constraint != null && constraint.hasRange()) {
                lower = constraint.lower;
                upper = constraint.upper;
                if (lower != null && upper != null
                    && (multikey || BsonOrder.rank(lower) != BsonOrder.rank(upper))) {
                    // both bounds need not hold for the same array element; different types match nothing anyway
                    upper = null;
                }
            }
        }
        boolean hasRange = lower != null || upper != null;
        // a sparse index has no entries for documents without its fields: a bare ordered scan would miss them
        boolean complete = !isSparse() || equalityFields > 0 || hasRange;
        boolean ordered = orderBy != null && prefixes.size() == 1 && !multikey && complete
            && providesOrder(orderBy, equalityFields, constraints) != 0;
        int direction = ordered ? providesOrder(orderBy, equalityFields, constraints) : 1;
        if (equalityFields == 0 && !hasRange && !ordered) {
            return null;
        }
        return new Scan(prefixes, equalityFields, lower, upper, ordered, direction);
    }

    /**
     * 1 or -1 if scanning this index forwards or backwards gives the order {@code orderBy} asks for, given that
     * the first {@code equalityFields} fields are fixed by the query; 0 otherwise.
     */
    private int providesOrder(Document orderBy, int equalityFields, Map<String, FieldConstraint> constraints) {
        if (orderBy.isEmpty() || orderBy.containsKey("$natural")) {
            return 0;
        }
        List<IndexKey> keys = getKeys();
        int next = equalityFields;
        int direction = 0;
        for (Map.Entry<String, Object> sortKey : orderBy.entrySet()) {
            String field = sortKey.getKey();
            if (!(sortKey.getValue() instanceof Number number)) {
                return 0;
            }
            int fieldDirection = number.intValue() >= 0 ? 1 : -1;
            if (direction == 0) {
                direction = fieldDirection;
            }
            FieldConstraint constraint = constraints.get(field);
            boolean constant = constraint != null && constraint.equalValues != null
                && constraint.equalValues.size() == 1 && keyIndex(field) >= 0 && keyIndex(field) < equalityFields;
            if (constant) {
                continue;
            }
            if (fieldDirection != direction) {
                return 0;
            }
            if (next < keys.size() && keys.get(next).getKey().equals(field)) {
                next++;
            } else if (next == keys.size() && field.equals(positionField)) {
                // ties are ordered by position, which is the document's _id
                next++;
            } else {
                return 0;
            }
        }
        return next > equalityFields ? direction : 0;
    }

    private static boolean isExactScalar(Object value) {
        return value instanceof String || value instanceof ObjectId || value instanceof Long || value instanceof Integer
            || value instanceof Double || value instanceof Boolean || value instanceof java.time.Instant;
    }

    private int keyIndex(String field) {
        List<IndexKey> keys = getKeys();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).getKey().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    /** A planned scan over one or more key ranges of this index; iterating it yields positions. */
    final class Scan implements Iterable<Object> {
        final int equalityFields;
        final boolean hasRange;
        final boolean ordered;
        private final List<Object[]> prefixes;
        private final Object lower;
        private final Object upper;
        private final int direction;

        private Scan(List<Object[]> prefixes, int equalityFields, Object lower, Object upper, boolean ordered,
                     int direction) {
            this.prefixes = prefixes;
            this.equalityFields = equalityFields;
            this.lower = lower;
            this.upper = upper;
            this.hasRange = lower != null || upper != null;
            this.ordered = ordered;
            this.direction = direction;
        }

        OrderedIndex index() {
            return OrderedIndex.this;
        }

        /**
         * True if the scan returns exactly the documents that match {@code query}, so the matcher need not run:
         * the query is one equality or {@code $in} on this index's only field, over scalars that are not null, and
         * no document has held an array in it. (The matcher tests a large {@code $in} against each value in turn.)
         */
        boolean isExactFor(Document query) {
            // compound indexes only: a range on a single field (such as _id) is the stored ranges' business
            // (EmbeddedCollection#storedInRange), which leaves fractional numbers to the matcher
            if (!multikey && hasRange && prefixes.size() == 1 && getKeys().size() > 1
                && equalityFields == getKeys().size() - 1
                && query.size() == getKeys().size()) {
                return isExactRange(query);
            }
            if (multikey || getKeys().size() != 1 || equalityFields != 1 || query.size() != 1) {
                return false;
            }
            Object condition = query.get(getKeys().get(0).getKey());
            if (condition instanceof Document operators) {
                if (operators.size() != 1) {
                    return false;
                }
                condition = operators.containsKey("$in") ? operators.get("$in")
                    : operators.containsKey("$eq") ? List.of(operators.get("$eq")) : null;
                if (!(condition instanceof Collection<?> values)) {
                    return false;
                }
                return values.stream().allMatch(OrderedIndex::isExactScalar);
            }
            return isExactScalar(condition);
        }

        /**
         * For a scan of equalities on all fields but the last and an inclusive range of whole numbers on the last
         * (an aggregate's events from one sequence number to another on {@code (aggregateIdentifier,
         * sequenceNumber)}): true if each equality is one scalar that is not null, and the range's bounds are
         * {@code $gte} and {@code $lte} of whole numbers (both of one kind in the index's order, so that the scan
         * keeps both: its range is the numbers from one to the other, which is what the matcher takes).
         */
        private boolean isExactRange(Document query) {
            List<IndexKey> keys = getKeys();
            for (int i = 0; i < keys.size() - 1; i++) {
                Object condition = query.get(keys.get(i).getKey());
                if (condition instanceof Document operators) {
                    if (operators.size() != 1 || !operators.containsKey("$eq")) {
                        return false;
                    }
                    condition = operators.get("$eq");
                }
                if (!isExactScalar(condition)) {
                    return false;
                }
            }
            if (!(query.get(keys.get(keys.size() - 1).getKey()) instanceof Document range) || range.isEmpty()) {
                return false;
            }
            for (Map.Entry<String, Object> operator : range.entrySet()) {
                if (!("$gte".equals(operator.getKey()) || "$lte".equals(operator.getKey()))
                    || !(operator.getValue() instanceof Long || operator.getValue() instanceof Integer)) {
                    return false;
                }
            }
            return (range.containsKey("$gte") == (lower != null)) && (range.containsKey("$lte") == (upper != null));
        }

        /** True if this scan finds at most one document. */
        boolean isPointLookup() {
            return unique && equalityFields == getKeys().size() && prefixes.size() == 1;
        }

        /** Higher is better: a rough selectivity from how much of the key the query fixes. */
        int score() {
            if (isPointLookup()) {
                return Integer.MAX_VALUE;
            }
            int score = 4 * equalityFields + (hasRange ? (lower != null && upper != null ? 3 : 2) : 0);
            return score * 2 + (unique ? 1 : 0);
        }

        private IndexEntry bound(Object[] prefix, boolean high) {
            int n = getKeys().size();
            Object[] values = new Object[n];
            System.arraycopy(prefix, 0, values, 0, prefix.length);
            int i = prefix.length;
            if (i < n) {
                if (hasRange) {
                    if (high) {
                        values[i] = upper != null ? upper : Bound.after(BsonOrder.rank(lower));
                    } else {
                        values[i] = lower != null ? lower : Bound.before(BsonOrder.rank(upper));
                    }
                } else {
                    values[i] = high ? Bound.HIGHEST : Bound.LOWEST;
                }
                i++;
            }
            for (; i < n; i++) {
                values[i] = high ? Bound.HIGHEST : Bound.LOWEST;
            }
            return new IndexEntry(values, high ? Bound.HIGHEST : Bound.LOWEST);
        }

        @Override
        public Iterator<Object> iterator() {
            List<Object[]> ranges = direction < 0 ? reversed(prefixes) : prefixes;
            boolean deduplicate = multikey;
            // each value of a unique index that holds no array is one entry at most: one descent finds it, without a
            // cursor (an aggregate's load asks for a thousand keys)
            boolean pointLookups = unique && !multikey && !hasRange && equalityFields == getKeys().size();
            return new Iterator<>() {
                private final Iterator<Object[]> rangeIterator = ranges.iterator();
                private final Set<Object> seen = deduplicate ? new HashSet<>() : null;
                private Cursor<IndexEntry, Object> cursor;
                private Object next;

                @Override
                public boolean hasNext() {
                    while (next == null) {
                        if (cursor != null && cursor.hasNext()) {
                            Object position = cursor.next().position;
                            if (seen == null || seen.add(position)) {
                                next = position;
                            }
                        } else if (rangeIterator.hasNext()) {
                            Object[] prefix = rangeIterator.next();
                            if (pointLookups) {
                                IndexEntry found = entries.ceilingKey(new IndexEntry(prefix, Bound.LOWEST));
                                if (found != null && sameValues(found.values, prefix)) {
                                    next = found.position;
                                }
                                continue;
                            }
                            IndexEntry low = bound(prefix, false);
                            IndexEntry high = bound(prefix, true);
                            cursor = direction < 0 ? entries.cursor(high, low, true) : entries.cursor(low, high, false);
                        } else {
                            return false;
                        }
                    }
                    return true;
                }

                @Override
                public Object next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Object result = next;
                    next = null;
                    return result;
                }
            };
        }

        private static List<Object[]> reversed(List<Object[]> list) {
            List<Object[]> copy = new ArrayList<>(list);
            Collections.reverse(copy);
            return copy;
        }

        @Override
        public String toString() {
            return getName() + "[eq=" + equalityFields + "x" + prefixes.size() + ", range=" + lower + ".." + upper
                + (ordered ? ", ordered " + direction : "") + "]";
        }
    }
}
