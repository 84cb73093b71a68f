package vn.pcmt.cases.query.incident;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.cases.domain.IncidentCause;
import vn.pcmt.cases.domain.IncidentSeverity;

@Document("serious_incident")
public record SeriousIncidentDocument(
        @Id String incidentId,
        @Indexed String communeCode,
        String villageCode,
        LocalDate occurredOn,
        IncidentCause causedBy,
        String subjectId,
        String residenceCommuneCode,
        IncidentSeverity severity,
        boolean breaksCriterion8,
        int deaths,
        int injured,
        String description,
        long version) {
}
