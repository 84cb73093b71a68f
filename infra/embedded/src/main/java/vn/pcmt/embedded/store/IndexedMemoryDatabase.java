package vn.pcmt.embedded.store;

import java.util.List;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

public class IndexedMemoryDatabase extends MemoryDatabase {

    public IndexedMemoryDatabase(String databaseName, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry); // note: runs initializeNamespacesAndIndexes() -> our overrides
    }

    static boolean useStockIndex(String collectionName, List<IndexKey> keys) {
        return collectionName.startsWith("system.")
            || (keys.size() == 1 && keys.get(0).getKey().equals(OrderedIndexSupport.ID_FIELD));
    }

    @Override
    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
        return new IndexedMemoryCollection(this, collectionName, options, cursorRegistry);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                     boolean sparse) {
        if (useStockIndex(collectionName, keys)) {
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse); // hash-based _id index
        }
        return new OrderedUniqueIndex<>(indexName, keys, sparse,
            new SkipListIndexStore<>(OrderedUniqueIndex.comparatorFor(keys)));
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
        if (collectionName.startsWith("system.")) {
            return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }
        return new OrderedSecondaryIndex<>(indexName, keys, sparse,
            new SkipListIndexStore<>(OrderedSecondaryIndex.comparatorFor(keys)));
    }
}
