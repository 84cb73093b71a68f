package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.RehabOutcome;

@Revision("1")
public record CompulsoryRehabFinished(String dossierId, String subjectId, String communeCode, LocalDate endsOn,
                                      RehabOutcome outcome) {
}
