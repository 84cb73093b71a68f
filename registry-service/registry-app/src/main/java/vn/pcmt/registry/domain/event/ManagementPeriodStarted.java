package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.ManagementKind;
import vn.pcmt.registry.domain.ManagementLaw;

/** A management decision; {@code endsOn} follows {@code law}, the law in force on {@code startsOn}. */
@Revision("1")
public record ManagementPeriodStarted(String subjectId, ManagementKind kind, String decisionNo, LocalDate startsOn,
                                      LocalDate endsOn, ManagementLaw law) implements SubjectChange {
}
