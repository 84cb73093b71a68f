package vn.pcmt.embedded.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;

public class IndexedMemoryCollection extends MemoryCollection {

    public IndexedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                                   CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        IndexedQuerySupport.Choice<Integer> choice = IndexedQuerySupport.choose(getIndexes(), query, orderBy, limit);
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
