package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** {@code duplicateId} was recorded twice for this person; its history is read together with this subject's. */
@Revision("1")
public record DuplicateAbsorbed(String subjectId, String duplicateId, String reason, LocalDate mergedOn) implements SubjectChange {
}
