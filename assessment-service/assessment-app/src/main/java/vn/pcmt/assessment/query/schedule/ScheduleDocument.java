package vn.pcmt.assessment.query.schedule;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.ProgrammeSchedule;

/** {@code id}: the province's code and the year, {@code 40:2026}; {@code version}: the province aggregate's, for If-Match. */
@Document("schedule")
public record ScheduleDocument(@Id String id, String provinceCode, ProgrammeSchedule schedule, long version) {

    public static String id(String provinceCode, int year) {
        return provinceCode + ":" + year;
    }
}
