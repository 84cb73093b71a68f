package vn.pcmt.cases.domain.command;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.cases.domain.QuantityUnit;
import vn.pcmt.cases.domain.SeizedSubstance;

/** Evidence seized in the case: {@code quantity} (> 0) {@code unit} of {@code substance}. */
public record RecordSeizure(
        @TargetAggregateIdentifier String caseId,
        @TargetAggregateVersion Long expectedVersion,
        String seizureId,
        SeizedSubstance substance,
        BigDecimal quantity,
        QuantityUnit unit,
        LocalDate seizedOn) {
}
