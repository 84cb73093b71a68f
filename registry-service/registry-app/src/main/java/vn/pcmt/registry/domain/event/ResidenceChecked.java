package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The commune police verified the person still lives at their residence. */
@Revision("1")
public record ResidenceChecked(String subjectId, LocalDate checkedOn, String note) implements SubjectChange {
}
