package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.ArrestKind;

/** An arrest in the case of {@code communeCode}, of a person living in {@code residenceCommuneCode} (where QĐ 28 counts it). */
@Revision("1")
public record ArrestMade(String caseId, String arrestId, String personId, String subjectId, String article, String communeCode,
                         String residenceCommuneCode, String residenceVillageCode, ArrestKind kind, LocalDate arrestedOn) {
}
