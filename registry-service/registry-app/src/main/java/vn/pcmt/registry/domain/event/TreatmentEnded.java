package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.TreatmentKind;
import vn.pcmt.registry.domain.TreatmentOutcome;

@Revision("1")
public record TreatmentEnded(String subjectId, String treatmentId, TreatmentKind kind, LocalDate endsOn,
                             TreatmentOutcome outcome) implements SubjectChange {
}
