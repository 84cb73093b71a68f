package vn.pcmt.registry.query.subjectlist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.Flag;
import vn.pcmt.registry.domain.ManagementKind;
import vn.pcmt.registry.domain.Sex;
import vn.pcmt.registry.domain.TreatmentKind;

/**
 * A subject as lists show it. Due dates are stored rather than "overdue" flags, so a list asked tomorrow is right
 * without reprojecting.
 *
 * @param fullName           sealed in the store with the subject's key ({@code SealedDocuments}): lists sort by it after reading
 * @param nameKey            a blind index of the name reduced for matching ({@link NameKey}), never the name itself
 * @param communes           every commune the subject has lived in while on the registry (for as-of lists)
 * @param villages           every village likewise
 * @param managementEndsOn   the last day of the latest management period, null if never managed
 * @param managementEnds     the last day of the latest period of each kind
 * @param voluntaryRehabDueOn the registration deadline of a notified addict who has not registered, else null
 * @param removedOn          the day the subject left the list, null while on it
 * @param mergedInto         the file a duplicate was merged into (it left the list that day), else null
 * @param erased             whether the identity was erased at the end of retention
 * @param schema             the {@link #SCHEMA} the document was written with
 */
@Document(SubjectListDocument.COLLECTION)
@CompoundIndex(name = "commune_village", def = "{'communeCode': 1, 'villageCode': 1}")
@CompoundIndex(name = "namesakes", def = "{'communeCode': 1, 'nameKey': 1, 'dateOfBirth': 1}")
public record SubjectListDocument(
        @Id String subjectId,
        String fullName,
        String nameKey,
        LocalDate dateOfBirth,
        Sex sex,
        String communeCode,
        String villageCode,
        @Indexed Set<String> communes,
        @Indexed Set<String> villages,
        Category category,
        List<TreatmentKind> treatments,
        List<Flag> flags,
        LocalDate managementEndsOn,
        Map<ManagementKind, LocalDate> managementEnds,
        LocalDate nextTestDueOn,
        LocalDate nextResidenceCheckDueOn,
        LocalDate voluntaryRehabDueOn,
        boolean removed,
        LocalDate removedOn,
        String mergedInto,
        boolean erased,
        long version,
        int schema) {

    public static final String COLLECTION = "subject_list";

    /** Raised whenever a field is added or changes meaning: older documents are rewritten at startup. */
    static final int SCHEMA = 3;

    /** The ids of the documents {@code query} selects, reading nothing else. */
    static List<String> ids(MongoTemplate mongo, Query query) {
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }
}
