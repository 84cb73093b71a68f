package vn.pcmt.embedded.store;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * H2Database with persistent ordered indexes (MVMaps named {@code <db>.<coll>._oidx_<name>}).
 *
 * <p>H2Database keeps its MVStore in a private field and its constructor already calls
 * initializeNamespacesAndIndexes(), i.e. our overrides run before this subclass' fields are assigned.
 * Hence the store is handed over through a ThreadLocal while the super constructor runs.
 */
public class IndexedH2Database extends H2Database {

    private static final ThreadLocal<MVStore> CONSTRUCTING = new ThreadLocal<>();

    // copies of H2Database's (package-)private prefixes
    private static final String DATABASES_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    private final MVStore store;

    public static IndexedH2Database create(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        CONSTRUCTING.set(mvStore);
        try {
            return new IndexedH2Database(databaseName, mvStore, cursorRegistry);
        } finally {
            CONSTRUCTING.remove();
        }
    }

    protected IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
        this.store = mvStore;
    }

    private MVStore store() {
        MVStore s = store != null ? store : CONSTRUCTING.get();
        if (s == null) {
            throw new IllegalStateException("use IndexedH2Database.create(...)");
        }
        return s;
    }

    private String orderedIndexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._oidx_" + indexName;
    }

    private String stockIndexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }

    /**
     * AbstractMongoDatabase calls openOrCreate*Index both when reopening a store (description already in
     * system.indexes) and for createIndexes (description is only stored after a successful build). For a new
     * index, any existing map is a leftover (e.g. of a failed unique build, which leaves partial content
     * behind) and must be cleared, otherwise addIndex() would see a non-empty index and skip the build.
     */
    private MVMapIndexStore<Object> openStore(String collectionName, String indexName, IndexKeyComparatorFactory comparator) {
        MVMapIndexStore<Object> indexStore = new MVMapIndexStore<>(store(), orderedIndexMapName(collectionName, indexName),
            comparator.create());
        MongoCollection<Object> indexCollection = indexes.get();
        boolean known = indexCollection != null && indexCollection.handleQuery(
            new Document("ns", getFullCollectionNamespace(collectionName)).append("name", indexName)).iterator().hasNext();
        if (!known && !indexStore.isEmpty()) {
            indexStore.clear();
        }
        return indexStore;
    }

    private interface IndexKeyComparatorFactory {
        IndexKeyComparator create();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullCollectionName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = dataMap(fullCollectionName);
        MVMap<String, Object> metaMap = store().openMap(META_PREFIX + fullCollectionName);
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        if (collectionName.startsWith("system.")) {
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }
        // the _id index too, unlike in memory: the stock one keeps its keys in H2's ObjectDataType, which compares two
        // keys by serializing both at every step of every lookup (docs/benchmarks.md); in a file kept by the stock
        // backend ours is empty, and the library builds it from the documents as it opens, as any empty index
        removeStockIndex(collectionName, indexName);
        return new OrderedUniqueIndex<>(indexName, keys, sparse,
            openStore(collectionName, indexName, () -> OrderedUniqueIndex.comparatorFor(keys)));
    }

    /**
     * A stock H2UniqueIndex map for this index would no longer be maintained: removed so that a later downgrade to the
     * stock backend rebuilds it instead of trusting stale data.
     */
    private void removeStockIndex(String collectionName, String indexName) {
        String stock = stockIndexMapName(collectionName, indexName);
        if (store().hasMap(stock)) {
            store().removeMap(stock);
        }
    }

    /** A collection's documents, kept as BSON ({@link DocumentType}); those kept before still read. */
    private MVMap<Object, Document> dataMap(String fullCollectionName) {
        return store().openMap(DATABASES_PREFIX + fullCollectionName, new MVMap.Builder<Object, Document>().valueType(DocumentType.INSTANCE));
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        if (collectionName.startsWith("system.")) {
            return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }
        return new OrderedSecondaryIndex<>(indexName, keys, sparse,
            openStore(collectionName, indexName, () -> OrderedSecondaryIndex.comparatorFor(keys)));
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String name = orderedIndexMapName(collection.getCollectionName(), indexName);
        for (String mapName : List.of(name, MVMapIndexStore.metaMapName(name))) {
            if (store().hasMap(mapName)) {
                store().removeMap(mapName);
            }
        }
    }
}
