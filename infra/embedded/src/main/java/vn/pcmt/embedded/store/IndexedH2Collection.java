package vn.pcmt.embedded.store;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

public class IndexedH2Collection extends H2Collection {

    public IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                               MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap,
                               CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        IndexedQuerySupport.Choice<Object> choice = IndexedQuerySupport.choose(getIndexes(), query, orderBy, limit);
        if (choice == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        if (choice.orderBy != null || (fieldSelector != null && !fieldSelector.isEmpty())) {
            return matchDocuments(query, choice.positions, choice.orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        // Already in the requested order: read only as far as the client asks.
        return StreamingCursor.firstBatch(choice.positions, this::getDocument, document -> documentMatchesQuery(document, query),
            numberToSkip, limit, batchSize, cursorRegistry, this);
    }
}
