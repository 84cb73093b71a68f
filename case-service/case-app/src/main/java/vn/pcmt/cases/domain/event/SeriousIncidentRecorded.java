package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.IncidentCause;
import vn.pcmt.cases.domain.IncidentSeverity;

/** {@code residenceCommuneCode}: where the person who caused it lives (the subject's, or the incident's commune when unknown). */
@Revision("1")
public record SeriousIncidentRecorded(String incidentId, String communeCode, String villageCode, LocalDate occurredOn,
                                      IncidentCause causedBy, String subjectId, String residenceCommuneCode, IncidentSeverity severity,
                                      int deaths, int injured, String description) {
}
