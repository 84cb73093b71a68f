package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** When accepted, the decision must be executed by {@code executionDueOn} (5 working days after receipt). */
@Revision("1")
public record CourtDecisionRecorded(String dossierId, String decisionNo, LocalDate decidedOn, LocalDate receivedOn,
                                    boolean accepted, Integer months, LocalDate executionDueOn) {
}
