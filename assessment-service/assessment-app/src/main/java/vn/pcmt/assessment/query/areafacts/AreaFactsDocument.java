package vn.pcmt.assessment.query.areafacts;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.PreventionModel;

/** {@code id}: the area code and the year, {@code 17167:2026}; {@code version}: the area aggregate's, for If-Match. */
@Document("area_facts")
public record AreaFactsDocument(
        @Id String id,
        String areaCode,
        int year,
        long population,
        long households,
        long householdsCommitted,
        boolean onRoute,
        List<PreventionModel> preventionModels,
        String evidence,
        String recordedBy,
        Instant recordedAt,
        long version) {

    public static String id(String areaCode, int year) {
        return areaCode + ":" + year;
    }
}
