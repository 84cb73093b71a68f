package vn.pcmt.registry.domain.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.registry.domain.Substance;
import vn.pcmt.registry.domain.TestMethod;
import vn.pcmt.registry.domain.TestResult;

public record RecordDrugTest(
        @TargetAggregateIdentifier String subjectId,
        @TargetAggregateVersion Long expectedVersion,
        String testId,
        LocalDate testedOn,
        TestMethod method,
        TestResult result,
        List<Substance> substances) {
}
