package vn.pcmt.embedded.store;

import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;

/**
 * Persistent store in an H2 MVMap whose key order is the BSON order ({@link IndexKeyComparator} plugged
 * in as MVMap key DataType). The comparator is not persisted: the map must always be opened through this
 * class (a map opened with H2's default ObjectDataType would have a different order).
 */
public class MVMapIndexStore<P> implements IndexStore<P> {

    private static final String MULTIKEY = "multikey";

    private final MVMap<KeyValue, Object> map;
    private final MVMap<String, Object> meta;
    private volatile boolean multikey;

    public MVMapIndexStore(MVStore store, String mapName, IndexKeyComparator comparator) {
        this.map = store.openMap(mapName, new MVMap.Builder<KeyValue, Object>()
            .keyType(new H2ValueCodec.KeyType(comparator))
            .valueType(H2ValueCodec.PositionType.INSTANCE));
        this.meta = store.openMap(metaMapName(mapName));
        this.multikey = Boolean.TRUE.equals(meta.get(MULTIKEY));
    }

    public static String metaMapName(String mapName) {
        return mapName + "._meta";
    }

    @SuppressWarnings("unchecked")
    private static <P> P position(Object stored) {
        return (P) stored; // like H2UniqueIndex, a null position is stored (and returned) as Missing
    }

    @Override
    public P get(KeyValue key) {
        return position(map.get(key));
    }

    @Override
    public P put(KeyValue key, P position) {
        return position(map.put(key, Missing.ofNullable(position)));
    }

    @Override
    public P putIfAbsent(KeyValue key, P position) {
        return position(map.putIfAbsent(key, Missing.ofNullable(position)));
    }

    @Override
    public P remove(KeyValue key) {
        return position(map.remove(key));
    }

    @Override
    public long size() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public Iterator<Map.Entry<KeyValue, P>> iterate(KeyValue from, boolean reverse) {
        Cursor<KeyValue, Object> cursor = map.cursor(from, null, reverse);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Map.Entry<KeyValue, P> next() {
                KeyValue key = cursor.next();
                return new AbstractMap.SimpleImmutableEntry<>(key, position(cursor.getValue()));
            }
        };
    }

    @Override
    public Iterable<Map.Entry<KeyValue, P>> entries() {
        return () -> iterate(null, false);
    }

    @Override
    public void clear() {
        map.clear();
        meta.clear();
        multikey = false;
    }

    @Override
    public boolean isMultikey() {
        return multikey;
    }

    @Override
    public void setMultikey() {
        multikey = true;
        meta.put(MULTIKEY, Boolean.TRUE);
    }
}
