package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.CaseStage;
import vn.pcmt.cases.domain.ClosureReason;

@Revision("1")
public record CaseStageReached(String caseId, String communeCode, CaseStage from, CaseStage stage, LocalDate on,
                               String decisionNo, boolean mobileTrial, ClosureReason closureReason) {
}
