package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.cases.domain.IncidentCause;
import vn.pcmt.cases.domain.IncidentSeverity;

/** A serious incident in a commune caused by an addict, user or person with psychosis signs ({@code subjectId} when on the registry). */
public record RecordSeriousIncident(
        @TargetAggregateIdentifier String incidentId,
        String communeCode,
        String villageCode,
        LocalDate occurredOn,
        IncidentCause causedBy,
        String subjectId,
        IncidentSeverity severity,
        int deaths,
        int injured,
        String description) {
}
