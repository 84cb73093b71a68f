package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.TipOutcome;

@Revision("1")
public record TipResolved(String tipId, LocalDate on, TipOutcome outcome, String referenceId) {
}
