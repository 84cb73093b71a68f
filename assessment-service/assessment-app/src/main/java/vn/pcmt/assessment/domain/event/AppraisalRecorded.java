package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.criteria.CriterionResult;
import vn.pcmt.assessment.domain.facts.EventPosition;

@Revision("1")
public record AppraisalRecorded(String appraisalId, String areaCode, LocalDate asOf, CriteriaSetId criteriaSet, String legalSource,
                                String outcome, List<CriterionResult> criteria, List<EventPosition> eventPositions) {

    /** {@code eventPositions}: the highest position read in each stream; none in appraisals recorded before they were kept. */
    public AppraisalRecorded {
        eventPositions = eventPositions == null ? List.of() : List.copyOf(eventPositions);
    }
}
