package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A positive test during treatment or post-rehab management: one of the triggers for compulsory rehab (DOMAIN.md).
 * {@code during} names what was running: a treatment kind or {@code POST_REHAB_MANAGEMENT}.
 */
@Revision("1")
public record RelapseRecorded(String subjectId, String testId, LocalDate relapsedOn, String during) implements SubjectChange {
}
