package vn.pcmt.embedded.store;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.KeyConstraintError;

/**
 * Non-unique ordered index: (key values..., _id) -> position.
 * Replaces the EmptyIndex that AbstractMongoDatabase.openOrCreateSecondaryIndex returns by default.
 */
public class OrderedSecondaryIndex<P> extends Index<P> implements OrderedIndex<P> {

    private final OrderedIndexSupport<P> support;

    public OrderedSecondaryIndex(String name, List<IndexKey> keys, boolean sparse, IndexStore<P> store) {
        super(name, keys, sparse);
        this.support = new OrderedIndexSupport<>(keys, false, sparse, store, comparatorFor(keys));
    }

    public static IndexKeyComparator comparatorFor(List<IndexKey> keys) {
        return OrderedIndexSupport.comparatorFor(keys, false);
    }

    private Set<KeyValue> storedKeys(Document document) {
        return support.storedKeys(getKeyValues(document), document);
    }

    @Override
    public P getPosition(Document document) {
        if (support.isSparseAndHasNoValueForKeys(document)) {
            return null;
        }
        for (KeyValue key : storedKeys(document)) {
            P position = support.store().get(key);
            if (position != null) {
                return position;
            }
        }
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        if (!support.isSparseAndHasNoValueForKeys(document)) {
            storedKeys(document); // throws CannotIndexParallelArraysError before the document is stored
        }
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        if (support.isSparseAndHasNoValueForKeys(document)) {
            return;
        }
        if (support.hasArrayValue(document) && !support.store().isMultikey()) {
            support.store().setMultikey();
        }
        for (KeyValue key : storedKeys(document)) {
            support.store().put(key, position);
        }
    }

    @Override
    public P remove(Document document) {
        if (support.isSparseAndHasNoValueForKeys(document)) {
            return null;
        }
        P removed = null;
        for (KeyValue key : storedKeys(document)) {
            P position = support.store().remove(key);
            if (position != null) {
                removed = position;
            }
        }
        return removed;
    }

    @Override
    public boolean canHandle(Document query) {
        return plan(query, null, false) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
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
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            checkAdd(newDocument, collection);
        }
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection)
        throws KeyConstraintError {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public void drop() {
        support.store().clear();
    }
}
