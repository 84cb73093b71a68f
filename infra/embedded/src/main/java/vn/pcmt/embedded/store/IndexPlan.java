package vn.pcmt.embedded.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Access plan for one ordered index: equality on the first {@code eqCount} index keys, optionally a range
 * on key {@code eqCount}, plus whether scanning the index (forward or reverse) yields the order requested by
 * the query's sort.
 *
 * <p>The plan only has to produce a <em>superset</em> of the matching documents: AbstractMongoCollection
 * always re-applies the full filter with DefaultQueryMatcher to every candidate.
 */
public final class IndexPlan {

    final int eqCount;
    final List<Object> eqValues;
    final boolean hasRange;
    final Object lower;          // in value order (null = unbounded)
    final boolean lowerInclusive;
    final Object upper;          // in value order (null = unbounded)
    final boolean upperInclusive;
    final boolean empty;         // contradictory bounds: no document can match
    final boolean sortRequested;
    final boolean providesSort;  // index order == requested sort order (ties broken like the library: by position)
    final boolean reverse;       // scan the index backwards
    final int groupPrefix;       // #key components that define sort ties (only if providesSort)
    final boolean unique;

    private IndexPlan(int eqCount, List<Object> eqValues, FieldCondition range, boolean dropUpper, boolean empty,
                      boolean sortRequested, boolean providesSort, boolean reverse, int groupPrefix, boolean unique) {
        this.eqCount = eqCount;
        this.eqValues = eqValues;
        this.hasRange = range != null && (range.lower != null || (range.upper != null && !dropUpper));
        this.lower = range != null ? range.lower : null;
        this.lowerInclusive = range != null && range.lowerInclusive;
        this.upper = range != null && !dropUpper ? range.upper : null;
        this.upperInclusive = range != null && range.upperInclusive;
        this.empty = empty;
        this.sortRequested = sortRequested;
        this.providesSort = providesSort;
        this.reverse = reverse;
        this.groupPrefix = groupPrefix;
        this.unique = unique;
    }

    public boolean providesSort() {
        return providesSort;
    }

    public boolean isSelective() {
        return empty || eqCount > 0 || hasRange;
    }

    public int score() {
        if (empty) {
            return Integer.MAX_VALUE;
        }
        return eqCount * 10 + (hasRange ? 5 : 0) + (providesSort ? 3 : 0) + (unique ? 1 : 0);
    }

    @Override
    public String toString() {
        return "IndexPlan[eq=" + eqValues + ", range=" + (hasRange ? (lowerInclusive ? "[" : "(") + lower + ", " + upper
            + (upperInclusive ? "]" : ")") : "-") + ", empty=" + empty + ", providesSort=" + providesSort
            + ", reverse=" + reverse + ", groupPrefix=" + groupPrefix + "]";
    }

    // ------------------------------------------------------------------------------------------------

    /** what the filter says about one field (all top-level and $and conditions are AND-ed) */
    static final class FieldCondition {
        boolean hasEq;
        Object eq;
        Object lower;
        boolean lowerInclusive;
        Object upper;
        boolean upperInclusive;
        boolean contradiction;

        void setEq(Object value) {
            if (!hasEq) {
                hasEq = true;
                eq = TypeBrackets.normalize(value);
            }
        }

        void addLower(Object value, boolean inclusive) {
            value = TypeBrackets.normalize(value);
            if (lower == null) {
                lower = value;
                lowerInclusive = inclusive;
            } else if (TypeBrackets.slot(value) != TypeBrackets.slot(lower)) {
                contradiction = true;
            } else {
                int c = IndexKeyComparator.compareValues(value, lower);
                if (c > 0) {
                    lower = value;
                    lowerInclusive = inclusive;
                } else if (c == 0) {
                    lowerInclusive &= inclusive;
                }
            }
            checkBrackets();
        }

        void addUpper(Object value, boolean inclusive) {
            value = TypeBrackets.normalize(value);
            if (upper == null) {
                upper = value;
                upperInclusive = inclusive;
            } else if (TypeBrackets.slot(value) != TypeBrackets.slot(upper)) {
                contradiction = true;
            } else {
                int c = IndexKeyComparator.compareValues(value, upper);
                if (c < 0) {
                    upper = value;
                    upperInclusive = inclusive;
                } else if (c == 0) {
                    upperInclusive &= inclusive;
                }
            }
            checkBrackets();
        }

        private void checkBrackets() {
            if (lower != null && upper != null && TypeBrackets.slot(lower) != TypeBrackets.slot(upper)) {
                contradiction = true;
            }
        }

        boolean rangeIsEmpty() {
            if (contradiction) {
                return true;
            }
            if (lower != null && upper != null) {
                int c = IndexKeyComparator.compareValues(lower, upper);
                return c > 0 || (c == 0 && !(lowerInclusive && upperInclusive));
            }
            return false;
        }
    }

    static Map<String, FieldCondition> collectConditions(Document query) {
        Map<String, FieldCondition> conditions = new LinkedHashMap<>();
        collect(query, conditions);
        return conditions;
    }

    private static void collect(Document filter, Map<String, FieldCondition> conditions) {
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String field = entry.getKey();
            Object value = entry.getValue();
            if (field.equals("$and") && value instanceof List) {
                for (Object part : (List<?>) value) {
                    if (part instanceof Document) {
                        collect((Document) part, conditions);
                    }
                }
            } else if (field.startsWith("$")) {
                // $or, $nor, $expr, $comment, ...: ignored for planning, checked by the matcher
            } else {
                addCondition(field, value, conditions);
            }
        }
    }

    private static void addCondition(String field, Object value, Map<String, FieldCondition> conditions) {
        if (TypeBrackets.isSimple(value)) {
            conditions.computeIfAbsent(field, k -> new FieldCondition()).setEq(value);
            return;
        }
        if (!(value instanceof Document)) {
            return; // null, arrays, regex...
        }
        Document operators = (Document) value;
        if (operators.isEmpty() || !operators.keySet().stream().allMatch(k -> k.startsWith("$"))) {
            return; // sub-document equality
        }
        Object eq = operators.get("$eq");
        if (operators.containsKey("$eq") && TypeBrackets.isSimple(eq)) {
            conditions.computeIfAbsent(field, k -> new FieldCondition()).setEq(eq);
        }
        for (String op : operators.keySet()) {
            Object bound = operators.get(op);
            if (!TypeBrackets.isSimple(bound)) {
                continue;
            }
            switch (op) {
                case "$gt":
                    conditions.computeIfAbsent(field, k -> new FieldCondition()).addLower(bound, false);
                    break;
                case "$gte":
                    conditions.computeIfAbsent(field, k -> new FieldCondition()).addLower(bound, true);
                    break;
                case "$lt":
                    conditions.computeIfAbsent(field, k -> new FieldCondition()).addUpper(bound, false);
                    break;
                case "$lte":
                    conditions.computeIfAbsent(field, k -> new FieldCondition()).addUpper(bound, true);
                    break;
                default:
                    // $ne, $in, $exists, $type ...: left to the matcher
            }
        }
    }

    /**
     * @param allowSortOnly whether a plan without any usable filter condition is acceptable when the index
     *                      provides the requested sort (useful with a limit: ordered scan that stops early)
     * @return null if this index is of no use for the query
     */
    static IndexPlan create(List<IndexKey> keys, boolean unique, boolean sparse, boolean multikey,
                            Document query, Document orderBy, boolean allowSortOnly) {
        Map<String, FieldCondition> conditions = collectConditions(query == null ? new Document() : query);

        int eqCount = 0;
        List<Object> eqValues = new ArrayList<>();
        for (IndexKey key : keys) {
            FieldCondition condition = conditions.get(key.getKey());
            if (condition == null || !condition.hasEq) {
                break;
            }
            eqValues.add(condition.eq);
            eqCount++;
        }

        FieldCondition range = null;
        if (eqCount < keys.size()) {
            FieldCondition condition = conditions.get(keys.get(eqCount).getKey());
            if (condition != null && (condition.lower != null || condition.upper != null || condition.contradiction)) {
                range = condition;
            }
        }
        boolean empty = range != null && range.rangeIsEmpty();
        // multikey: "some element >= a AND some (other) element <= b" cannot be intersected on one index entry
        boolean dropUpper = multikey && range != null && range.lower != null && range.upper != null;
        if (dropUpper) {
            empty = false;
        }

        // ---- sort analysis
        boolean sortRequested = orderBy != null && !orderBy.isEmpty();
        boolean providesSort = false;
        boolean reverse = false;
        int groupPrefix = 0;
        if (sortRequested && !multikey && !orderBy.containsKey("$natural")) {
            List<String> eqFields = new ArrayList<>();
            for (int i = 0; i < eqCount; i++) {
                eqFields.add(keys.get(i).getKey());
            }
            List<String> sortFields = new ArrayList<>();
            List<Boolean> sortAscending = new ArrayList<>();
            boolean valid = true;
            for (Map.Entry<String, Object> entry : orderBy.entrySet()) {
                if (!(entry.getValue() instanceof Number)) {
                    valid = false; // e.g. {$meta: ...}
                    break;
                }
                if (eqFields.contains(entry.getKey())) {
                    continue; // constant within the scanned range
                }
                sortFields.add(entry.getKey());
                sortAscending.add(((Number) entry.getValue()).intValue() > 0);
            }
            if (valid && !sortFields.isEmpty() && sortFields.size() <= keys.size() - eqCount) {
                boolean forward = true;
                boolean backward = true;
                for (int j = 0; j < sortFields.size(); j++) {
                    IndexKey key = keys.get(eqCount + j);
                    if (!key.getKey().equals(sortFields.get(j))) {
                        forward = backward = false;
                        break;
                    }
                    if (key.isAscending() == sortAscending.get(j)) {
                        backward = false;
                    } else {
                        forward = false;
                    }
                }
                if (forward || backward) {
                    providesSort = true;
                    reverse = backward;
                    groupPrefix = eqCount + sortFields.size();
                }
            }
        }

        IndexPlan plan = new IndexPlan(eqCount, Collections.unmodifiableList(eqValues), range, dropUpper, empty,
            sortRequested, providesSort, reverse, groupPrefix, unique);
        if (plan.isSelective()) {
            return plan;
        }
        if (allowSortOnly && providesSort && !sparse) {
            return plan; // full ordered index scan, stopped early by the limit
        }
        return null;
    }
}
