package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.Sex;

/** Identity details recorded wrongly, corrected with a reason: the earlier values stay in the history. */
@Revision("1")
public record SubjectDetailsCorrected(String subjectId, String fullName, LocalDate dateOfBirth, Sex sex,
                                      String nationalId, String nationalIdMissingReason, String reason, LocalDate correctedOn) implements SubjectChange {
}
