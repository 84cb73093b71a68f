package vn.pcmt.embedded.store;

import java.util.Iterator;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;

/** Sorted key -> position storage of an ordered index (ConcurrentSkipListMap or H2 MVMap). */
public interface IndexStore<P> {

    P get(KeyValue key);

    /** @return previous position or null */
    P put(KeyValue key, P position);

    /** @return existing position (nothing stored) or null (stored) */
    P putIfAbsent(KeyValue key, P position);

    P remove(KeyValue key);

    long size();

    boolean isEmpty();

    /** entries starting at the first key >= from (forward) or the last key <= from (reverse) */
    Iterator<Map.Entry<KeyValue, P>> iterate(KeyValue from, boolean reverse);

    Iterable<Map.Entry<KeyValue, P>> entries();

    void clear();

    /** the "multikey" flag of the index (sticky, like MongoDB's) */
    boolean isMultikey();

    void setMultikey();
}
