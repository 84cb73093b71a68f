package vn.pcmt.embedded.store;

import de.bwaldvogel.mongo.bson.Document;

/** Implemented by the ordered index classes; used by the collections' queryDocuments override. */
public interface OrderedIndex<P> {

    /** @return null if the index cannot help */
    IndexPlan plan(Document query, Document orderBy, boolean allowSortOnly);

    /** lazy: positions are produced while the caller iterates (allows early stop with a limit) */
    Iterable<P> positions(IndexPlan plan);
}
