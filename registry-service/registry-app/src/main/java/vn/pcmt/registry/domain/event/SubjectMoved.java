package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.Residence;

/**
 * A change of residence from {@code movedOn}; {@code reportedLate} when the law in force required the move to be
 * reported within 24 hours and it was reported later.
 */
@Revision("1")
public record SubjectMoved(String subjectId, Residence from, Residence to, LocalDate movedOn, LocalDate reportedOn,
                           boolean reportedLate) implements SubjectChange {
}
