package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The recognition decision (quyết định công nhận) or its refusal with reasons, signed by {@code signer};
 * {@code selfAssessmentMissing}: the province's schedule wants the area's self-assessment for the year and there is none.
 */
public record DecideRecognition(
        @TargetAggregateIdentifier String appraisalId,
        @TargetAggregateVersion Long expectedVersion,
        boolean recognized,
        String decisionNo,
        LocalDate decidedOn,
        String signer,
        String reasons,
        boolean selfAssessmentMissing) {
}
