package vn.pcmt.embedded.store;

import java.util.Comparator;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;

/**
 * Orders composite index keys ({@link KeyValue}s) component by component using the library's own
 * {@link ValueComparator} (i.e. the same BSON type/ value ordering the query matcher and the sort use).
 * Each component can be ascending or descending (index key direction). Two sentinel values
 * ({@link Bound#LOW}, {@link Bound#HIGH}) sort before/after every real value irrespective of the direction;
 * they only ever appear in search keys (range bounds) and are never stored.
 */
public final class IndexKeyComparator implements Comparator<KeyValue> {

    public enum Bound { LOW, HIGH }

    // ascWithoutListHandling: a proper total order for (rare) nested arrays, identical to asc() for all other values
    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    private final boolean[] ascending;

    public IndexKeyComparator(boolean[] ascending) {
        this.ascending = ascending.clone();
    }

    public int size() {
        return ascending.length;
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        return compare(a, b, ascending.length);
    }

    /** compares only the first {@code prefixLength} components */
    public int compare(KeyValue a, KeyValue b, int prefixLength) {
        for (int i = 0; i < prefixLength; i++) {
            Object x = i < a.size() ? a.get(i) : Bound.LOW;
            Object y = i < b.size() ? b.get(i) : Bound.LOW;
            int c = compareComponent(i, x, y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    int compareComponent(int i, Object x, Object y) {
        if (x == y) {
            return 0;
        }
        if (x == Bound.LOW || y == Bound.HIGH) {
            return -1;
        }
        if (x == Bound.HIGH || y == Bound.LOW) {
            return 1;
        }
        int c = VALUES.compare(x, y);
        return ascending[i] ? c : -c;
    }

    public static int compareValues(Object x, Object y) {
        return VALUES.compare(x, y);
    }
}
