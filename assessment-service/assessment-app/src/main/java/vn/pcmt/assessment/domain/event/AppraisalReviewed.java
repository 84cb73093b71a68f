package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AppraisalReviewed(String appraisalId, LocalDate reviewedOn, List<String> members, int votesFor, int votesAgainst,
                                String minutes) {
}
