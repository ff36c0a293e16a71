package fr.entente.mongo.embedded;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;

/**
 * A filter that is only a range of whole numbers on the position field ({@code _id}):
 * {@code {_id: {$gte: a, $lte: b}}}, or the same bounds as branches of a top-level {@code $and}, each bound one of {@code $gt}, {@code $gte}, {@code $lt},
 * {@code $lte} with an int or long operand, and both bounds given. The documents it matches are those whose position
 * is a whole number within the bounds (a fractional one makes the caller use the matcher: see
 * {@link EmbeddedCollection#storedMatches}).
 */
record IdRange(long lower, boolean lowerInclusive, long upper, boolean upperInclusive) {

    /** The range the filter is, or null if it is anything else. */
    static IdRange of(Document filter, String idField) {
        if (idField == null || filter.size() != 1) {
            return null;
        }
        Builder builder = new Builder();
        Object only = filter.values().iterator().next();
        boolean understood;
        if (filter.containsKey("$and") && only instanceof List<?> branches && !branches.isEmpty()) {
            understood = true;
            for (Object branch : branches) {
                understood &= branch instanceof Document document && document.size() == 1
                    && document.get(idField) instanceof Document operators && builder.add(operators);
            }
        } else {
            understood = filter.get(idField) instanceof Document operators && builder.add(operators);
        }
        return understood ? builder.build() : null;
    }

    private static final class Builder {
        private Long lower;
        private boolean lowerInclusive;
        private Long upper;
        private boolean upperInclusive;

        /** False if an operator is not a bound of a whole number, or a bound is given twice. */
        boolean add(Document operators) {
            if (operators.isEmpty()) {
                return false;
            }
            for (Map.Entry<String, Object> operator : operators.entrySet()) {
                if (!(operator.getValue() instanceof Long || operator.getValue() instanceof Integer)) {
                    return false;
                }
                long value = ((Number) operator.getValue()).longValue();
                switch (operator.getKey()) {
                    case "$gt", "$gte" -> {
                        if (lower != null) {
                            return false;
                        }
                        lower = value;
                        lowerInclusive = operator.getKey().equals("$gte");
                    }
                    case "$lt", "$lte" -> {
                        if (upper != null) {
                            return false;
                        }
                        upper = value;
                        upperInclusive = operator.getKey().equals("$lte");
                    }
                    default -> {
                        return false;
                    }
                }
            }
            return true;
        }

        IdRange build() {
            return lower == null || upper == null ? null : new IdRange(lower, lowerInclusive, upper, upperInclusive);
        }
    }

    @Override
    public String toString() {
        return (lowerInclusive ? "[" : "(") + lower + ".." + upper + (upperInclusive ? "]" : ")");
    }
}
