package vn.pcmt.cases.domain.event;

import org.axonframework.serialization.Revision;

/** The person recorded by name is the registry's subject; {@code residenceCommuneCode} is where the registry has them live. */
@Revision("1")
public record CasePersonLinked(String caseId, String communeCode, String personId, String subjectId, String residenceCommuneCode,
                               String residenceVillageCode) {
}
