package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The persons the case names are erased; their keys are destroyed once this is stored, the rest of the case stays. */
@Revision("1")
public record CasePersonsErased(String caseId, LocalDate erasedOn, String reason) {
}
