package vn.pcmt.registry.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Entries recorded by mistake (the events one command stored, at {@code versions}) are to be read as if they had
 * never happened. They stay in the history; the file is folded without them.
 */
@Revision("1")
public record EntryRetracted(String subjectId, List<Long> versions, String reason, LocalDate retractedOn) implements SubjectChange {
}
