package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.RemovalReason;

/** The person left the list; the history stays. */
@Revision("1")
public record SubjectRemoved(String subjectId, RemovalReason reason, LocalDate removedOn, String note) implements SubjectChange {
}
