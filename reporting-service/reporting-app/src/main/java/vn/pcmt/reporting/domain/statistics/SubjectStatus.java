package vn.pcmt.reporting.domain.statistics;

import java.time.LocalDate;
import java.util.Set;

/**
 * How a subject on the list stood on a date: where they lived, why they were listed, their sex and birth year, the
 * kinds of treatment under way, the flags raised, when they were found and last tested, and whether a management
 * period ran.
 */
public record SubjectStatus(String subjectId, String communeCode, String villageCode, String category, String sex, Integer birthYear,
                            Set<String> treatments, Set<String> flags, LocalDate foundOn, LocalDate latestTestOn, boolean managed) {

    public SubjectStatus {
        treatments = Set.copyOf(treatments);
        flags = Set.copyOf(flags);
    }
}
