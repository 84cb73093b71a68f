package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.assessment.domain.criteria.AppraisalResult;

/** Records an appraisal of an area as of a date: the result its criteria set gave on the facts of that day. */
public record RecordAppraisal(
        @TargetAggregateIdentifier String appraisalId,
        String areaCode,
        LocalDate asOf,
        AppraisalResult result) {
}
