package vn.pcmt.embedded.store;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.backend.KeyValue;

/** In-memory store (memory backend, or non-persistent indexes on H2). Thread-safe, weakly consistent iteration. */
public class SkipListIndexStore<P> implements IndexStore<P> {

    private final ConcurrentSkipListMap<KeyValue, P> map;
    private final AtomicLong count = new AtomicLong();
    private volatile boolean multikey;

    public SkipListIndexStore(IndexKeyComparator comparator) {
        this.map = new ConcurrentSkipListMap<>(comparator);
    }

    @Override
    public P get(KeyValue key) {
        return map.get(key);
    }

    @Override
    public P put(KeyValue key, P position) {
        P previous = map.put(key, position);
        if (previous == null) {
            count.incrementAndGet();
        }
        return previous;
    }

    @Override
    public P putIfAbsent(KeyValue key, P position) {
        P existing = map.putIfAbsent(key, position);
        if (existing == null) {
            count.incrementAndGet();
        }
        return existing;
    }

    @Override
    public P remove(KeyValue key) {
        P removed = map.remove(key);
        if (removed != null) {
            count.decrementAndGet();
        }
        return removed;
    }

    @Override
    public long size() {
        return count.get();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public Iterator<Map.Entry<KeyValue, P>> iterate(KeyValue from, boolean reverse) {
        if (reverse) {
            return map.headMap(from, true).descendingMap().entrySet().iterator();
        }
        return map.tailMap(from, true).entrySet().iterator();
    }

    @Override
    public Iterable<Map.Entry<KeyValue, P>> entries() {
        return map.entrySet();
    }

    @Override
    public void clear() {
        map.clear();
        count.set(0);
        multikey = false;
    }

    @Override
    public boolean isMultikey() {
        return multikey;
    }

    @Override
    public void setMultikey() {
        multikey = true;
    }
}
