package fr.entente.mongo.embedded;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The total order in which our MVStore maps keep BSON values (document positions and index keys).
 * <p>
 * It follows MongoDB's type order, the same as mongo-java-server's {@link ValueComparator}
 * (MinKey, null/missing, numbers, strings, documents, arrays, binary data, UUIDs, ObjectId, booleans,
 * dates, timestamps, regular expressions, MaxKey), and within a type it agrees with it, with two
 * deliberate differences that make it a consistent total order (a B-tree needs one):
 * <ul>
 * <li>numbers compare exactly (ValueComparator truncates a fractional double when the other side is a long,
 * so 3000000000 == 3000000000.5 there); index scans widen numeric bounds to stay a superset;</li>
 * <li>arrays compare element by element (ValueComparator compares an array as its smallest element);
 * index order is therefore never used for sorting an index that holds arrays.</li>
 * </ul>
 * It never throws on an unknown type: those sort after regular expressions, by class name then text.
 * <p>
 * {@link Bound} objects are search keys that sort before or after every value of one type.
 */
final class BsonOrder implements Comparator<Object> {

    static final BsonOrder INSTANCE = new BsonOrder();

    static final int RANK_MIN_KEY = 0;
    static final int RANK_NULL = 1;
    static final int RANK_NUMBER = 2;
    static final int RANK_STRING = 3;
    static final int RANK_DOCUMENT = 4;
    static final int RANK_LIST = 5;
    static final int RANK_BIN_DATA = 6;
    static final int RANK_LEGACY_UUID = 7;
    static final int RANK_UUID = 8;
    static final int RANK_OBJECT_ID = 9;
    static final int RANK_BOOLEAN = 10;
    static final int RANK_DATE = 11;
    static final int RANK_TIMESTAMP = 12;
    static final int RANK_REGEX = 13;
    static final int RANK_OTHER = 14;
    static final int RANK_MAX_KEY = 15;

    /** A search key placed before ({@code side < 0}) or after ({@code side > 0}) every value of a rank. */
    record Bound(int rank, int side) {
        static final Bound LOWEST = new Bound(-1, -1);
        static final Bound HIGHEST = new Bound(RANK_MAX_KEY + 1, 1);

        static Bound before(int rank) {
            return new Bound(rank, -1);
        }

        static Bound after(int rank) {
            return new Bound(rank, 1);
        }
    }

    private BsonOrder() {
    }

    static int rank(Object value) {
        if (value == null || value instanceof Missing) {
            return RANK_NULL;
        } else if (value instanceof Number) {
            return RANK_NUMBER;
        } else if (value instanceof String) {
            return RANK_STRING;
        } else if (value instanceof Document) {
            return RANK_DOCUMENT;
        } else if (value instanceof List) {
            return RANK_LIST;
        } else if (value instanceof ObjectId) {
            return RANK_OBJECT_ID;
        } else if (value instanceof Boolean) {
            return RANK_BOOLEAN;
        } else if (value instanceof Instant) {
            return RANK_DATE;
        } else if (value instanceof UUID) {
            return RANK_UUID;
        } else if (value instanceof BinData) {
            return RANK_BIN_DATA;
        } else if (value instanceof LegacyUUID) {
            return RANK_LEGACY_UUID;
        } else if (value instanceof BsonTimestamp) {
            return RANK_TIMESTAMP;
        } else if (value instanceof BsonRegularExpression) {
            return RANK_REGEX;
        } else if (value instanceof MinKey) {
            return RANK_MIN_KEY;
        } else if (value instanceof MaxKey) {
            return RANK_MAX_KEY;
        } else if (value instanceof Collection) {
            return RANK_LIST;
        } else if (value instanceof Map) {
            return RANK_DOCUMENT;
        }
        return RANK_OTHER;
    }

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        // the keys of the maps' binary searches, most of the time (document positions, index keys): the general
        // way below gives the same answers for these pairs, after a rank of each side
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Bound || b instanceof Bound) {
            return compareWithBound(a, b);
        }
        int rankA = rank(a);
        int rankB = rank(b);
        if (rankA != rankB) {
            return Integer.compare(rankA, rankB);
        }
        switch (rankA) {
            case RANK_MIN_KEY:
            case RANK_NULL:
            case RANK_MAX_KEY:
                return 0;
            case RANK_NUMBER:
                return compareNumbers((Number) a, (Number) b);
            case RANK_STRING:
                return ((String) a).compareTo((String) b);
            case RANK_DOCUMENT:
                return compareDocuments((Map<?, ?>) a, (Map<?, ?>) b);
            case RANK_LIST:
                return compareLists((Collection<?>) a, (Collection<?>) b);
            case RANK_OBJECT_ID:
                return ((ObjectId) a).compareTo((ObjectId) b);
            case RANK_BOOLEAN:
                return Boolean.compare((Boolean) a, (Boolean) b);
            case RANK_DATE:
                return ((Instant) a).compareTo((Instant) b);
            case RANK_UUID:
                // as ValueComparator does
                return a.toString().compareTo(b.toString());
            case RANK_BIN_DATA:
            case RANK_LEGACY_UUID:
            case RANK_TIMESTAMP:
                return ValueComparator.asc().compare(a, b);
            default:
                int byClass = a.getClass().getName().compareTo(b.getClass().getName());
                return byClass != 0 ? byClass : String.valueOf(a).compareTo(String.valueOf(b));
        }
    }

    private int compareWithBound(Object a, Object b) {
        if (a instanceof Bound boundA && b instanceof Bound boundB) {
            int byRank = Integer.compare(boundA.rank(), boundB.rank());
            return byRank != 0 ? byRank : Integer.compare(boundA.side(), boundB.side());
        } else if (a instanceof Bound boundA) {
            int byRank = Integer.compare(boundA.rank(), rank(b));
            return byRank != 0 ? byRank : boundA.side();
        } else {
            return -compareWithBound(b, a);
        }
    }

    private int compareDocuments(Map<?, ?> a, Map<?, ?> b) {
        Iterator<? extends Map.Entry<?, ?>> itA = a.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> itB = b.entrySet().iterator();
        while (itA.hasNext() && itB.hasNext()) {
            Map.Entry<?, ?> entryA = itA.next();
            Map.Entry<?, ?> entryB = itB.next();
            // like ValueComparator: the type of the value first, then the field name, then the value
            int byType = Integer.compare(rank(entryA.getValue()), rank(entryB.getValue()));
            if (byType != 0) {
                return byType;
            }
            int byName = String.valueOf(entryA.getKey()).compareTo(String.valueOf(entryB.getKey()));
            if (byName != 0) {
                return byName;
            }
            int byValue = compare(entryA.getValue(), entryB.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(itA.hasNext(), itB.hasNext());
    }

    private int compareLists(Collection<?> a, Collection<?> b) {
        Iterator<?> itA = a.iterator();
        Iterator<?> itB = b.iterator();
        while (itA.hasNext() && itB.hasNext()) {
            int cmp = compare(itA.next(), itB.next());
            if (cmp != 0) {
                return cmp;
            }
        }
        return Boolean.compare(itA.hasNext(), itB.hasNext());
    }

    static int compareNumbers(Number a, Number b) {
        boolean integralA = isIntegral(a);
        boolean integralB = isIntegral(b);
        if (integralA && integralB) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (isFloating(a) && isFloating(b)) {
            // + 0.0 turns -0.0 into 0.0; NaN sorts after every other double, as in Double.compare
            return Double.compare(a.doubleValue() + 0.0, b.doubleValue() + 0.0);
        }
        if (integralA && isFloating(b)) {
            return compareLongWithDouble(a.longValue(), b.doubleValue());
        }
        if (isFloating(a) && integralB) {
            return -compareLongWithDouble(b.longValue(), a.doubleValue());
        }
        // Decimal128, BigDecimal, ...: exact when both are finite
        BigDecimal decimalA = toBigDecimal(a);
        BigDecimal decimalB = toBigDecimal(b);
        if (decimalA != null && decimalB != null) {
            return decimalA.compareTo(decimalB);
        }
        return Double.compare(a.doubleValue() + 0.0, b.doubleValue() + 0.0);
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (n instanceof BigDecimal decimal) {
            return decimal;
        }
        if (n instanceof Decimal128 decimal128) {
            try {
                return decimal128.toBigDecimal();
            } catch (RuntimeException notFinite) {
                return null;
            }
        }
        double d = n.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(d) : null;
    }

    /** Exact comparison of a long with a double. */
    static int compareLongWithDouble(long l, double d) {
        if (Double.isNaN(d)) {
            return -1;
        }
        if (d >= 0x1p63) {
            return -1;
        }
        if (d < -0x1p63) {
            return 1;
        }
        long truncated = (long) d;
        if (l != truncated) {
            return Long.compare(l, truncated);
        }
        double fraction = d - truncated;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }

    /**
     * The value as mongo-java-server's matcher sees it when it tests equality ({@code Utils.normalizeValue}):
     * missing becomes null, numbers become doubles (except longs a double cannot hold), recursively.
     */
    static Object normalize(Object value) {
        if (value == null || value instanceof Missing) {
            return null;
        }
        if (value instanceof Long l) {
            return l != (long) l.doubleValue() ? l : Double.valueOf(l.doubleValue() + 0.0);
        }
        if (value instanceof Number n) {
            return Double.valueOf(n.doubleValue() + 0.0);
        }
        if (value instanceof Map<?, ?> map) {
            Document result = new Document();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                result.put(String.valueOf(entry.getKey()), normalize(entry.getValue()));
            }
            return result;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> result = new ArrayList<>(collection.size());
            for (Object element : collection) {
                result.add(normalize(element));
            }
            return result;
        }
        return value;
    }
}
