package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.TreatmentKind;

@Revision("1")
public record TreatmentStarted(String subjectId, String treatmentId, TreatmentKind kind, LocalDate startsOn,
                               String facility) implements SubjectChange {
}
