package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.cases.domain.CaseStage;
import vn.pcmt.cases.domain.ClosureReason;

/**
 * The case reached {@code stage} on {@code on} by decision {@code decisionNo}; {@code mobileTrial}: tried at a mobile
 * session (xét xử lưu động), only with {@code TRIED}; {@code closureReason}: only, and always, with {@code CLOSED}.
 */
public record AdvanceCase(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        CaseStage stage,
        LocalDate on,
        String decisionNo,
        boolean mobileTrial,
        ClosureReason closureReason) {
}
