package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.AppraisalKind;
import vn.pcmt.assessment.domain.ProgrammeSchedule.Phase;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.criteria.CriterionResult;
import vn.pcmt.assessment.domain.facts.EventPosition;

@Revision("1")
public record AppraisalRecorded(String appraisalId, String areaCode, LocalDate asOf, CriteriaSetId criteriaSet, String legalSource,
                                String outcome, List<CriterionResult> criteria, List<EventPosition> eventPositions, AppraisalKind kind,
                                Phase phase, Map<String, List<String>> scopes) {

    /**
     * {@code eventPositions}: the highest position read in each stream; {@code scopes}: the codes each area was known
     * by (a province by its communes); {@code kind} and {@code phase}: who appraised and how the day stood against the
     * schedule. Appraisals recorded before these were kept read as police appraisals of unknown phase, with no
     * positions or scopes.
     */
    public AppraisalRecorded {
        eventPositions = eventPositions == null ? List.of() : List.copyOf(eventPositions);
        scopes = scopes == null ? Map.of() : Map.copyOf(scopes);
        kind = kind == null ? AppraisalKind.APPRAISAL : kind;
    }
}
