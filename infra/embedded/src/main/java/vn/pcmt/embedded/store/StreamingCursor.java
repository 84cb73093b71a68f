package vn.pcmt.embedded.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The rest of an index-ordered result, read from the index as the client asks for more ({@code getMore}), instead
 * of the library's cursor over a list of every match. A tracking processor asks for 100 events after a timestamp
 * and closes the cursor: with the library's cursor each such fetch would first collect every later event.
 *
 * <p>Reads take the collection's lock, as the library's queries do, so they never see a write half done.
 */
final class StreamingCursor extends AbstractCursor {

    private final Iterator<Document> remaining;
    private final Object collectionLock;

    private StreamingCursor(long id, Iterator<Document> remaining, Object collectionLock) {
        super(id);
        this.remaining = remaining;
        this.collectionLock = collectionLock;
    }

    /**
     * The documents at {@code positions} (in index order) that match, after {@code skip} and up to {@code limit}: the
     * first batch now (all of them when {@code batchSize} is 0), a cursor for the rest if there is any.
     */
    static <P> QueryResult firstBatch(Iterable<P> positions, Function<P, Document> document, Predicate<Document> matcher,
                                      int skip, int limit, int batchSize, CursorRegistry registry, Object collectionLock) {
        Stream<Document> stream = StreamSupport.stream(positions.spliterator(), false).map(document).filter(matcher)
                .skip(Math.max(0, skip));
        if (limit > 0) {
            stream = stream.limit(limit);
        }
        Iterator<Document> matches = stream.iterator();
        List<Document> first = take(matches, batchSize);
        if (!matches.hasNext()) {
            return new QueryResult(first);
        }
        StreamingCursor cursor = new StreamingCursor(registry.generateCursorId(), matches, collectionLock);
        registry.add(cursor);
        return new QueryResult(first, cursor);
    }

    @Override
    public boolean isEmpty() {
        synchronized (collectionLock) {
            return !remaining.hasNext();
        }
    }

    @Override
    public List<Document> takeDocuments(int numberToReturn) {
        synchronized (collectionLock) {
            return take(remaining, numberToReturn);
        }
    }

    private static List<Document> take(Iterator<Document> matches, int count) {
        List<Document> documents = new ArrayList<>();
        while ((count <= 0 || documents.size() < count) && matches.hasNext()) {
            documents.add(matches.next());
        }
        return documents;
    }
}
