package vn.pcmt.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Subjects on record in an area and in each of its children, today or ({@code asOf}) on a past day. */
public record SummaryResponse(String areaCode, String name, String level, LocalDate asOf, SubjectCounts subjects, List<SummaryResponse> children) {

    public record SubjectCounts(long total, Map<String, Long> byCategory) {

        static SubjectCounts of(Map<String, Long> byCategory) {
            return new SubjectCounts(byCategory.values().stream().mapToLong(Long::longValue).sum(), byCategory);
        }
    }
}
