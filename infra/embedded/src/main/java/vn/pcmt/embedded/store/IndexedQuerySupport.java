package vn.pcmt.embedded.store;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Index selection for the collections' queryDocuments override. Returns the candidate positions and the
 * sort that AbstractMongoCollection.matchDocuments still has to apply (null = index order is the result
 * order, so the stream filter -> skip -> limit short-circuits after {@code skip + limit} matches).
 */
public final class IndexedQuerySupport {

    public static final class Choice<P> {
        public final Iterable<P> positions;
        public final Document orderBy;

        Choice(Iterable<P> positions, Document orderBy) {
            this.positions = positions;
            this.orderBy = orderBy;
        }
    }

    private IndexedQuerySupport() {
    }

    /** @return null to fall back to AbstractMongoCollection.queryDocuments (stock index use or full scan) */
    @SuppressWarnings("unchecked")
    public static <P> Choice<P> choose(List<Index<P>> indexes, Document query, Document orderBy, int limit) {
        if (query == null) {
            return null;
        }
        if (orderBy != null && orderBy.containsKey("$natural")) {
            return null;
        }
        for (Index<P> index : indexes) {
            if (!(index instanceof OrderedIndex) && index.canHandle(query)) {
                return null; // e.g. exact _id lookup: let the stock path do it
            }
        }
        Choice<P> byId = byId(indexes, query, orderBy);
        if (byId != null) {
            return byId;
        }
        Index<P> bestIndex = null;
        IndexPlan bestPlan = null;
        for (Index<P> index : indexes) {
            if (index instanceof OrderedIndex) {
                IndexPlan plan = ((OrderedIndex<P>) index).plan(query, orderBy, limit > 0);
                if (plan != null && (bestPlan == null || plan.score() > bestPlan.score())) {
                    bestPlan = plan;
                    bestIndex = index;
                }
            }
        }
        if (bestPlan == null) {
            return null;
        }
        Iterable<P> positions = ((OrderedIndex<P>) bestIndex).positions(bestPlan);
        boolean sortRequested = orderBy != null && !orderBy.isEmpty();
        if (sortRequested && bestPlan.providesSort()) {
            // lazy, in index order: filter -> skip -> limit in matchDocumentsFromStream short-circuits
            return new Choice<>(positions, null);
        }
        // No sort, or a sort the index cannot provide: hand the candidates over in natural (position) order.
        // Without sort this reproduces the unindexed result order (updateOne/deleteOne/findOne hit the same
        // document as the stock server); with a sort the library's stable sort then breaks ties identically.
        List<P> list = new ArrayList<>();
        positions.forEach(list::add);
        list.sort(ValueComparator.asc());
        return new Choice<>(list, sortRequested ? orderBy : null);
    }

    /**
     * An exact {@code _id} with further conditions ({@code {_id: x, version: {$lt: 5}}}, a conditional write): the stock
     * server's {@code _id} index answers only an {@code _id} alone and would scan the collection; its one candidate is
     * taken from that index instead, and the whole query is still matched against it.
     */
    private static <P> Choice<P> byId(List<Index<P>> indexes, Document query, Document orderBy) {
        Object id = query.get(OrderedIndexSupport.ID_FIELD);
        if (id == null || query.size() < 2) {
            return null;
        }
        Document idOnly = new Document(OrderedIndexSupport.ID_FIELD, id);
        for (Index<P> index : indexes) {
            if (!(index instanceof OrderedIndex) && index.canHandle(idOnly)) {
                return new Choice<>(index.getPositions(idOnly), orderBy == null || orderBy.isEmpty() ? null : orderBy);
            }
        }
        return null;
    }
}
