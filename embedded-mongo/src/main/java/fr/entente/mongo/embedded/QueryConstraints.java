package fr.entente.mongo.embedded;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * What a query filter says about single fields, in a form an index can use: a set of equal values
 * (plain value, {@code $eq} or {@code $in}) and/or a range ({@code $gt/$gte/$lt/$lte}).
 * <p>
 * Only conditions every matching document must fulfil are kept: top-level fields and the branches of a
 * top-level {@code $and}; {@code $or}, {@code $nor}, {@code $not}, {@code $ne}, {@code $regex}, {@code $exists},
 * {@code $elemMatch}, array values and the like give no constraint (the normal matcher still checks them).
 * The constraints are therefore always implied by the query: an index scan over them returns a superset of
 * the matching documents, and the matcher filters it. Range bounds are inclusive (the matcher applies
 * {@code $gt}/{@code $lt} strictly) and numeric bounds are widened to whole numbers, because the matcher compares
 * a long with a fractional double by truncation.
 */
final class QueryConstraints {

    /** The constraint on one field; values normalised as the matcher sees them. */
    static final class FieldConstraint {
        /** Sorted, distinct, may contain null; null if the field has no equality constraint. */
        List<Object> equalValues;
        Object lower;
        Object upper;

        boolean hasRange() {
            return lower != null || upper != null;
        }

        @Override
        public String toString() {
            return "eq=" + equalValues + " range=[" + lower + ", " + upper + "]";
        }
    }

    private static final int MAX_AND_DEPTH = 4;

    private QueryConstraints() {
    }

    static Map<String, FieldConstraint> parse(Document query) {
        Map<String, FieldConstraint> constraints = new LinkedHashMap<>();
        if (query != null) {
            collect(query, constraints, 0);
        }
        return constraints;
    }

    private static void collect(Document query, Map<String, FieldConstraint> constraints, int depth) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and") && value instanceof Collection<?> branches && depth < MAX_AND_DEPTH) {
                for (Object branch : branches) {
                    if (branch instanceof Document document) {
                        collect(document, constraints, depth + 1);
                    }
                }
            } else if (!key.startsWith("$") && !key.isEmpty()) {
                FieldConstraint constraint = parseField(value);
                if (constraint != null) {
                    constraints.merge(key, constraint, QueryConstraints::merge);
                }
            }
        }
    }

    private static FieldConstraint merge(FieldConstraint a, FieldConstraint b) {
        // any one of two implied constraints is implied: keep the narrower equality, the first bounds
        if (a.equalValues == null || (b.equalValues != null && b.equalValues.size() < a.equalValues.size())) {
            a.equalValues = b.equalValues;
        }
        if (a.lower == null) {
            a.lower = b.lower;
        }
        if (a.upper == null) {
            a.upper = b.upper;
        }
        return a;
    }

    private static FieldConstraint parseField(Object value) {
        if (BsonRegularExpression.isRegularExpression(value) || value instanceof BsonRegularExpression) {
            return null;
        }
        if (value instanceof Document document && hasOperators(document)) {
            if (!allOperators(document)) {
                return null;
            }
            FieldConstraint constraint = new FieldConstraint();
            for (Map.Entry<String, Object> operator : document.entrySet()) {
                Object operand = operator.getValue();
                switch (operator.getKey()) {
                    case "$eq":
                        if (isEqualityValue(operand)) {
                            constraint.equalValues = Collections.singletonList(BsonOrder.normalize(operand));
                        }
                        break;
                    case "$in":
                        if (constraint.equalValues == null && operand instanceof Collection<?> values) {
                            constraint.equalValues = equalityValues(values);
                        }
                        break;
                    case "$gt":
                    case "$gte":
                        if (isBoundValue(operand)) {
                            constraint.lower = widenLower(BsonOrder.normalize(operand));
                        }
                        break;
                    case "$lt":
                    case "$lte":
                        if (isBoundValue(operand)) {
                            constraint.upper = widenUpper(BsonOrder.normalize(operand));
                        }
                        break;
                    default:
                        // checked by the matcher only
                        break;
                }
            }
            return constraint.equalValues != null || constraint.hasRange() ? constraint : null;
        }
        if (!isEqualityValue(value)) {
            return null;
        }
        FieldConstraint constraint = new FieldConstraint();
        constraint.equalValues = Collections.singletonList(BsonOrder.normalize(value));
        return constraint;
    }

    private static List<Object> equalityValues(Collection<?> values) {
        TreeSet<Object> sorted = new TreeSet<>(BsonOrder.INSTANCE);
        for (Object value : values) {
            if (!isEqualityValue(value)) {
                return null;
            }
            sorted.add(BsonOrder.normalize(value));
        }
        return sorted.isEmpty() ? null : new ArrayList<>(sorted);
    }

    private static boolean hasOperators(Document document) {
        for (String key : document.keySet()) {
            if (key.startsWith("$")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOperators(Document document) {
        for (String key : document.keySet()) {
            if (!key.startsWith("$")) {
                return false;
            }
        }
        return true;
    }

    /** Values whose equality the matcher tests exactly as the index order does. Arrays are not among them. */
    static boolean isEqualityValue(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Document document) {
            return !BsonRegularExpression.isRegularExpression(document) && !hasOperators(document)
                && document.values().stream().allMatch(QueryConstraints::isNestedValue);
        }
        return isScalar(value);
    }

    private static boolean isNestedValue(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().allMatch(QueryConstraints::isNestedValue);
        }
        return isEqualityValue(value);
    }

    private static boolean isScalar(Object value) {
        return value instanceof Number || value instanceof String || value instanceof ObjectId
            || value instanceof Instant || value instanceof Boolean || value instanceof UUID;
    }

    private static boolean isBoundValue(Object value) {
        if (value instanceof Double d && d.isNaN()) {
            return false;
        }
        return isScalar(value);
    }

    private static Object widenLower(Object value) {
        if (value instanceof Double d && Double.isFinite(d) && d != Math.floor(d)) {
            return Math.floor(d);
        }
        return value;
    }

    private static Object widenUpper(Object value) {
        if (value instanceof Double d && Double.isFinite(d) && d != Math.ceil(d)) {
            return Math.ceil(d);
        }
        return value;
    }
}
