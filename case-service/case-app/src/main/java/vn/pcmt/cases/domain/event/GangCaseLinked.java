package vn.pcmt.cases.domain.event;

import org.axonframework.serialization.Revision;

@Revision("1")
public record GangCaseLinked(String gangId, String communeCode, String caseId) {
}
