package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The province approved the classification on {@code approvedOn} (due before 20/12), by decision {@code decisionNo}. */
public record ApproveClassification(
        @TargetAggregateIdentifier String classificationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate approvedOn,
        String decisionNo) {
}
