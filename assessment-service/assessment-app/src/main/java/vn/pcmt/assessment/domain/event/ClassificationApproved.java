package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** {@code late}: approved after 19/12, when QĐ 28 Art. 7 wants it before 20/12. */
@Revision("1")
public record ClassificationApproved(String classificationId, String communeCode, int year, String type, LocalDate approvedOn,
                                     String decisionNo, boolean late) {
}
