package vn.pcmt.embedded.store;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Helpers mirroring ValueComparator.SORT_PRIORITY and DefaultQueryMatcher.comparableTypes (both not public). */
final class TypeBrackets {

    private TypeBrackets() {
    }

    /** type slot in BSON comparison order; null/missing = -1 */
    static int slot(Object v) {
        if (Missing.isNullOrMissing(v)) return -1;
        if (v instanceof MinKey) return 0;
        if (v instanceof Number) return 1;
        if (v instanceof String) return 2;
        if (v instanceof Document) return 3;
        if (v instanceof Collection) return 4;
        if (v instanceof BinData) return 5;
        if (v instanceof LegacyUUID) return 6;
        if (v instanceof UUID) return 7;
        if (v instanceof ObjectId) return 8;
        if (v instanceof Boolean) return 9;
        if (v instanceof Instant) return 10;
        if (v instanceof BsonTimestamp) return 11;
        if (v instanceof BsonRegularExpression) return 12;
        if (v instanceof MaxKey) return 13;
        return 99;
    }

    /**
     * Values we are willing to use as equality value or range bound. Everything else (null, documents,
     * arrays, regexes, MinKey/MaxKey, NaN, Decimal128 ...) makes the planner ignore that condition, which is
     * always safe because the query matcher re-checks every candidate document.
     */
    static boolean isSimple(Object v) {
        if (v instanceof String || v instanceof Boolean || v instanceof Instant || v instanceof ObjectId
            || v instanceof Integer || v instanceof Long) {
            return true;
        }
        return v instanceof Double && !((Double) v).isNaN();
    }

    /** Utils.normalizeValue is package-private; KeyValue.normalized() exposes it. */
    static Object normalize(Object v) {
        return new KeyValue(java.util.Collections.singletonList(v)).normalized().get(0);
    }
}
