package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.Flag;

@Revision("1")
public record FlagCleared(String subjectId, Flag flag, LocalDate clearedOn, String note) implements SubjectChange {
}
