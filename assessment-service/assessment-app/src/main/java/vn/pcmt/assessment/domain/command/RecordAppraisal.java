package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.assessment.domain.AppraisalKind;
import vn.pcmt.assessment.domain.ProgrammeSchedule.Phase;
import vn.pcmt.assessment.domain.criteria.AppraisalResult;
import vn.pcmt.assessment.domain.facts.EventPosition;

/** Records an appraisal (or the area's self-assessment) of an area as of a date, and how the date stands against the schedule: the result its criteria set gave on the facts of that day,
 * and the positions those facts were read up to. */
public record RecordAppraisal(
        @TargetAggregateIdentifier String appraisalId,
        String areaCode,
        AppraisalKind kind,
        LocalDate asOf,
        Phase phase,
        AppraisalResult result,
        List<EventPosition> eventPositions,
        Map<String, List<String>> scopes) {
}
