package vn.pcmt.embedded.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Logic shared by {@link OrderedUniqueIndex} and {@link OrderedSecondaryIndex}: key construction, planning
 * and the (lazy) range scan.
 *
 * <p>Stored key layout: the index key values (normalized like the library's unique indexes do) and, for
 * non-unique indexes, the document's {@code _id} as last component so that every entry is unique and
 * {@code getPosition(document)}/{@code remove(document)} can find the exact entry.
 */
final class OrderedIndexSupport<P> {

    static final String ID_FIELD = "_id";

    private final List<IndexKey> keys;
    private final boolean unique;
    private final boolean sparse;
    private final IndexKeyComparator comparator;
    private final IndexStore<P> store;

    OrderedIndexSupport(List<IndexKey> keys, boolean unique, boolean sparse, IndexStore<P> store,
                        IndexKeyComparator comparator) {
        this.keys = keys;
        this.unique = unique;
        this.sparse = sparse;
        this.store = store;
        this.comparator = comparator;
    }

    static IndexKeyComparator comparatorFor(List<IndexKey> keys, boolean unique) {
        boolean[] ascending = new boolean[keys.size() + (unique ? 0 : 1)];
        Arrays.fill(ascending, true);
        for (int i = 0; i < keys.size(); i++) {
            ascending[i] = keys.get(i).isAscending();
        }
        return new IndexKeyComparator(ascending);
    }

    int components() {
        return comparator.size();
    }

    IndexStore<P> store() {
        return store;
    }

    /** approximation of the library's (package-private) Utils.hasSubdocumentValue for sparse indexes */
    boolean hasNoValueForKeys(Document document) {
        for (IndexKey key : keys) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, key.getKey());
            if (value instanceof Collection) {
                if (((Collection<?>) value).stream().anyMatch(v -> !(v instanceof Missing))) {
                    return false;
                }
            } else if (!(value instanceof Missing)) {
                return false;
            }
        }
        return true;
    }

    boolean isSparseAndHasNoValueForKeys(Document document) {
        return sparse && hasNoValueForKeys(document);
    }

    boolean hasArrayValue(Document document) {
        for (IndexKey key : keys) {
            if (Utils.getSubdocumentValueCollectionAware(document, key.getKey()) instanceof Collection) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param keyValues result of Index.getKeyValues(document) (normalized; one entry per array element;
     *                  throws CannotIndexParallelArraysError)
     */
    Set<KeyValue> storedKeys(Set<KeyValue> keyValues, Document document) {
        if (keyValues.isEmpty()) {
            // indexed field holds an empty array: the library produces no key at all; we index it as null
            keyValues = Set.of(new KeyValue(Collections.nCopies(keys.size(), null)));
        }
        if (unique) {
            return keyValues;
        }
        Object id = TypeBrackets.normalize(document.get(ID_FIELD));
        Set<KeyValue> result = new LinkedHashSet<>();
        for (KeyValue keyValue : keyValues) {
            List<Object> values = new ArrayList<>(keys.size() + 1);
            keyValue.forEach(values::add);
            values.add(id);
            result.add(new KeyValue(values));
        }
        return result;
    }

    IndexPlan plan(Document query, Document orderBy, boolean allowSortOnly) {
        return IndexPlan.create(keys, unique, sparse, store.isMultikey(), query, orderBy, allowSortOnly);
    }

    Iterable<P> positions(IndexPlan plan) {
        if (plan.empty) {
            return List.of();
        }
        boolean dedupe = store.isMultikey();
        boolean group = plan.providesSort && !(unique && plan.groupPrefix >= keys.size());
        return () -> new RangeScan(plan, dedupe, group);
    }

    /**
     * Walks the index from the lower to the upper bound (or backwards) and yields positions.
     * <ul>
     * <li>stops at the bound key or, for a one-sided range, as soon as the values leave the BSON type bracket
     * of the bound (the matcher's comparableTypes() would reject them anyway)</li>
     * <li>dedupes positions for multikey indexes</li>
     * <li>if the scan provides the sort, entries that tie on the sort keys are emitted in position order,
     * which is exactly the order a stable sort over the natural (position ordered) scan produces</li>
     * </ul>
     */
    private final class RangeScan implements Iterator<P> {

        private final IndexPlan plan;
        private final Iterator<Map.Entry<KeyValue, P>> source;
        private final KeyValue lowKey;
        private final KeyValue highKey;
        private final int rangeComponent;
        private final int boundSlot;
        private final boolean valueAscending;
        private final Set<P> seen;
        private final boolean group;
        private final ArrayDeque<P> ready = new ArrayDeque<>();
        private Map.Entry<KeyValue, P> pending;
        private boolean exhausted;

        RangeScan(IndexPlan plan, boolean dedupe, boolean group) {
            this.plan = plan;
            this.group = group;
            this.seen = dedupe ? new HashSet<>() : null;
            int n = components();
            Object[] low = new Object[n];
            Object[] high = new Object[n];
            for (int i = 0; i < plan.eqCount; i++) {
                low[i] = plan.eqValues.get(i);
                high[i] = plan.eqValues.get(i);
            }
            int e = plan.eqCount;
            rangeComponent = e;
            boolean ascending = e < keys.size() ? keys.get(e).isAscending() : true;
            if (e < n) {
                Object indexLow = null;
                Object indexHigh = null;
                boolean indexLowInclusive = false;
                boolean indexHighInclusive = false;
                if (plan.hasRange) {
                    if (ascending) {
                        indexLow = plan.lower;
                        indexLowInclusive = plan.lowerInclusive;
                        indexHigh = plan.upper;
                        indexHighInclusive = plan.upperInclusive;
                    } else {
                        indexLow = plan.upper;
                        indexLowInclusive = plan.upperInclusive;
                        indexHigh = plan.lower;
                        indexHighInclusive = plan.lowerInclusive;
                    }
                }
                if (indexLow != null) {
                    low[e] = indexLow;
                    Arrays.fill(low, e + 1, n, indexLowInclusive ? IndexKeyComparator.Bound.LOW : IndexKeyComparator.Bound.HIGH);
                } else {
                    Arrays.fill(low, e, n, IndexKeyComparator.Bound.LOW);
                }
                if (indexHigh != null) {
                    high[e] = indexHigh;
                    Arrays.fill(high, e + 1, n, indexHighInclusive ? IndexKeyComparator.Bound.HIGH : IndexKeyComparator.Bound.LOW);
                } else {
                    Arrays.fill(high, e, n, IndexKeyComparator.Bound.HIGH);
                }
            }
            lowKey = new KeyValue(Arrays.asList(low));
            highKey = new KeyValue(Arrays.asList(high));
            boundSlot = plan.hasRange ? TypeBrackets.slot(plan.lower != null ? plan.lower : plan.upper) : -2;
            valueAscending = ascending != plan.reverse;
            source = store.iterate(plan.reverse ? highKey : lowKey, plan.reverse);
        }

        /** next acceptable entry from the store, or null */
        private Map.Entry<KeyValue, P> fetch() {
            while (!exhausted && source.hasNext()) {
                Map.Entry<KeyValue, P> entry = source.next();
                KeyValue key = entry.getKey();
                if (plan.reverse ? comparator.compare(key, lowKey) < 0 : comparator.compare(key, highKey) > 0) {
                    exhausted = true;
                    break;
                }
                if (plan.hasRange) {
                    int slot = TypeBrackets.slot(key.get(rangeComponent));
                    if (slot != boundSlot) {
                        boolean before = valueAscending ? slot < boundSlot : slot > boundSlot;
                        if (before) {
                            continue;
                        }
                        exhausted = true;
                        break;
                    }
                }
                if (seen != null && !seen.add(entry.getValue())) {
                    continue;
                }
                return entry;
            }
            exhausted = true;
            return null;
        }

        @Override
        public boolean hasNext() {
            if (!ready.isEmpty()) {
                return true;
            }
            Map.Entry<KeyValue, P> first = pending != null ? pending : fetch();
            pending = null;
            if (first == null) {
                return false;
            }
            if (!group) {
                ready.add(first.getValue());
                return true;
            }
            List<P> tie = new ArrayList<>();
            tie.add(first.getValue());
            Map.Entry<KeyValue, P> next;
            while ((next = fetch()) != null) {
                if (comparator.compare(first.getKey(), next.getKey(), plan.groupPrefix) == 0) {
                    tie.add(next.getValue());
                } else {
                    pending = next;
                    break;
                }
            }
            if (tie.size() > 1) {
                tie.sort(ValueComparator.asc());
            }
            ready.addAll(tie);
            return true;
        }

        @Override
        public P next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }
    }
}
