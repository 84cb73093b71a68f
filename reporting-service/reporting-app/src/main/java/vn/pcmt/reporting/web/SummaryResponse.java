package vn.pcmt.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.pcmt.reporting.domain.statistics.CaseFlows;
import vn.pcmt.reporting.query.subjectstatistics.SubjectStatisticsReport;
import vn.pcmt.reporting.domain.statistics.SubjectStatistics;
import vn.pcmt.reporting.query.subjectresidence.CountSubjects;

/**
 * Subjects on record in an area and in each of its children, today or ({@code asOf}) on a past day, and the fight there
 * ({@code fight}: the facts recorded under a commune, or naming a village).
 */
public record SummaryResponse(String areaCode, String name, String level, LocalDate asOf, SubjectCounts subjects, Fight fight,
                              List<SummaryResponse> children) {

    /** The subjects on the list by category (adding up to {@code total}), by treatment under way and by flag raised. */
    public record SubjectCounts(long total, Map<String, Long> byCategory, Map<String, Long> byTreatment, Map<String, Long> byFlag) {

        static SubjectCounts of(CountSubjects.Counts counts) {
            return new SubjectCounts(counts.total(), counts.byCategory(), counts.byTreatment(), counts.byFlag());
        }

        static SubjectCounts of(SubjectStatistics statistics) {
            return new SubjectCounts(statistics.total(), statistics.byCategory(), statistics.byTreatment(), statistics.byFlag());
        }
    }

    /**
     * Hotspots active on the day, and since the Ministry's {@code year} began (15/12 of the year before): criminal cases
     * opened (of them under Art. 256a), arrests of people living there, plants of cultivation destroyed.
     */
    public record Fight(String year, long hotspotsActive, long casesOpened, long article256aCases, long arrests, long plantsDestroyed) {

        static Fight of(SubjectStatisticsReport.Fight counted) {
            return of(counted.year().name(), counted.total());
        }

        /** The fight in {@code child}, a child of the area counted; none for a commune that was not under it on the day. */
        static Fight of(SubjectStatisticsReport.Fight counted, String child) {
            CaseFlows flows = counted.byChild().get(child);
            return flows == null ? null : of(counted.year().name(), flows);
        }

        private static Fight of(String year, CaseFlows flows) {
            long criminal = flows.casesByArticle().entrySet().stream().filter(article -> !"ADMINISTRATIVE".equals(article.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            return new Fight(year, flows.hotspotsActiveAtEnd(), criminal, flows.article256aCases(), flows.arrests(), flows.plantsDestroyed());
        }
    }
}
