package vn.pcmt.reporting.query.subjectresidence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A subject where they live now and why they are listed, with the treatments under way and the flags raised, as of the
 * subject's event {@code version} (its aggregate version).
 */
@Document("subject_residence")
@CompoundIndex(name = "commune_village", def = "{'communeCode': 1, 'villageCode': 1}")
public record SubjectResidenceDocument(
        @Id String subjectId,
        String communeCode,
        String villageCode,
        String category,
        String sex,
        int birthYear,
        LocalDate registeredOn,
        boolean removed,
        long version,
        List<Treatment> treatments,
        List<String> flags) {

    /** A treatment under way. */
    public record Treatment(String treatmentId, String kind) {
    }
}
