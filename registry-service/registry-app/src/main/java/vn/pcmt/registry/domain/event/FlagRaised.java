package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.Flag;

@Revision("1")
public record FlagRaised(String subjectId, Flag flag, LocalDate raisedOn, String note) implements SubjectChange {
}
