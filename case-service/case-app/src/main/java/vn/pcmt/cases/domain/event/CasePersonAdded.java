package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.CasePerson;

@Revision("1")
public record CasePersonAdded(String caseId, String communeCode, CasePerson person, LocalDate identifiedOn) {
}
