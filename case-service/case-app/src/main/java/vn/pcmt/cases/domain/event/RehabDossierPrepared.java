package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RehabDossierPrepared(String dossierId, String subjectId, String communeCode, LocalDate preparedOn,
                                  LocalDate violationRecordOn, LocalDate addictionProofOn, boolean repeat) {
}
