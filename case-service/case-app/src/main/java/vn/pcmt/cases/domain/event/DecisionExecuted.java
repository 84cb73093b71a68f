package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The person entered the facility: compulsory rehab starts. {@code late}: after the execution deadline. */
@Revision("1")
public record DecisionExecuted(String dossierId, String subjectId, String communeCode, LocalDate executedOn,
                               String facility, int months, boolean late) {
}
