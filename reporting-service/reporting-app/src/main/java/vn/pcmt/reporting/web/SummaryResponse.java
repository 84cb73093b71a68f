package vn.pcmt.reporting.web;

import java.util.List;
import java.util.Map;

/** Subjects on record in an area and in each of its children. */
public record SummaryResponse(String areaCode, String name, String level, SubjectCounts subjects, List<SummaryResponse> children) {

    public record SubjectCounts(long total, Map<String, Long> byCategory) {

        static SubjectCounts of(Map<String, Long> byCategory) {
            return new SubjectCounts(byCategory.values().stream().mapToLong(Long::longValue).sum(), byCategory);
        }
    }
}
