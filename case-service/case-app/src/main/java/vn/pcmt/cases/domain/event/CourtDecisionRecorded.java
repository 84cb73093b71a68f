package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The court's decision, recorded as decided: a term the law of the day does not allow is kept and flagged
 * ({@code irregularTerm}), never refused. When accepted it must be executed by {@code executionDueOn}.
 */
@Revision("1")
public record CourtDecisionRecorded(String dossierId, String decisionNo, LocalDate decidedOn, LocalDate receivedOn,
                                    boolean accepted, Integer months, LocalDate executionDueOn, String irregularTerm) {
}
