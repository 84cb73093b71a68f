package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.SupportKind;

@Revision("1")
public record SupportRecorded(String subjectId, SupportKind kind, LocalDate providedOn, String provider, String note)
        implements SubjectChange {
}
