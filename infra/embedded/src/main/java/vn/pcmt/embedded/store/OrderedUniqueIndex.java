package vn.pcmt.embedded.store;

import java.util.List;
import java.util.Map.Entry;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Unique index kept in key order. Duplicate detection, add/remove/update bookkeeping and the exact-match
 * lookups are inherited from AbstractUniqueIndex; this class adds prefix + range (+ sort) access.
 */
public class OrderedUniqueIndex<P> extends AbstractUniqueIndex<P> implements OrderedIndex<P> {

    private final OrderedIndexSupport<P> support;

    public OrderedUniqueIndex(String name, List<IndexKey> keys, boolean sparse, IndexStore<P> store) {
        super(name, keys, sparse);
        this.support = new OrderedIndexSupport<>(keys, true, sparse, store, comparatorFor(keys));
    }

    public static IndexKeyComparator comparatorFor(List<IndexKey> keys) {
        return OrderedIndexSupport.comparatorFor(keys, true);
    }

    @Override
    protected P removeDocument(KeyValue keyValue) {
        return support.store().remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, P position) {
        return support.store().putIfAbsent(keyValue, position) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, P>> getIterable() {
        return support.store().entries();
    }

    @Override
    protected P getPosition(KeyValue keyValue) {
        return support.store().get(keyValue);
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        super.add(document, position, collection);
        if (!support.store().isMultikey() && support.hasArrayValue(document)) {
            support.store().setMultikey();
        }
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return super.canHandle(query) || plan(query, null, false) != null;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        if (super.canHandle(query)) {
            return super.getPositions(query);
        }
        return positions(plan(query, null, false));
    }

    @Override
    public IndexPlan plan(Document query, Document orderBy, boolean allowSortOnly) {
        return support.plan(query, orderBy, allowSortOnly);
    }

    @Override
    public Iterable<P> positions(IndexPlan plan) {
        return support.positions(plan);
    }

    @Override
    public long getCount() {
        return support.store().size();
    }

    @Override
    public boolean isEmpty() {
        return support.store().isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        super.drop();
        support.store().clear();
    }
}
