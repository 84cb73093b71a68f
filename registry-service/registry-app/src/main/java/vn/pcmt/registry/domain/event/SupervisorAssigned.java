package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The person or organisation responsible for helping the subject (người/tổ chức được giao giúp đỡ). */
@Revision("1")
public record SupervisorAssigned(String subjectId, String supervisor, String organisation, LocalDate assignedOn)
        implements SubjectChange {
}
