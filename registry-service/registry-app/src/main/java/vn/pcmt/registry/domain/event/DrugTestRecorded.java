package vn.pcmt.registry.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.Substance;
import vn.pcmt.registry.domain.TestMethod;
import vn.pcmt.registry.domain.TestResult;

@Revision("1")
public record DrugTestRecorded(String subjectId, String testId, LocalDate testedOn, TestMethod method, TestResult result,
                               List<Substance> substances) implements SubjectChange {
}
