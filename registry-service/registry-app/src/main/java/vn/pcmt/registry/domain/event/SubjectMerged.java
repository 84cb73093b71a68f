package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** This subject was the same person as {@code survivorId}: it leaves the list, its history stays and is shown there. */
@Revision("1")
public record SubjectMerged(String subjectId, String survivorId, String reason, LocalDate mergedOn) implements SubjectChange {
}
