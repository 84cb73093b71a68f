package vn.pcmt.assessment.query.progress;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** {@code id}: the area code and the year. */
@Document("area_target")
public record TargetDocument(@Id String id, String areaCode, int year, int drugFreeChildrenPercent, String plan) {

    public static String id(String areaCode, int year) {
        return areaCode + ":" + year;
    }
}
