package vn.pcmt.assessment.query.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.AppraisalKind;
import vn.pcmt.assessment.domain.ProgrammeSchedule.Phase;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.criteria.CriterionResult;
import vn.pcmt.assessment.domain.facts.EventPosition;

@Document("appraisal")
public record AppraisalDocument(
        @Id String id,
        @Indexed String areaCode,
        AppraisalKind kind,
        int year,
        LocalDate asOf,
        Phase phase,
        CriteriaSetId criteriaSet,
        String legalSource,
        String outcome,
        List<CriterionResult> criteria,
        List<EventPosition> eventPositions,
        Map<String, List<String>> scopes,
        String recordedBy,
        Instant recordedAt,
        Review review,
        Decision decision,
        long version) {

    public record Review(LocalDate reviewedOn, List<String> members, int votesFor, int votesAgainst, String minutes) {
    }

    public record Decision(boolean recognized, int year, String decisionNo, LocalDate decidedOn, String signer, String reasons) {
    }

    AppraisalDocument reviewed(Review newReview, long newVersion) {
        return new AppraisalDocument(id, areaCode, kind, year, asOf, phase, criteriaSet, legalSource, outcome, criteria, eventPositions, scopes, recordedBy, recordedAt, newReview,
                decision, newVersion);
    }

    AppraisalDocument decided(Decision newDecision, long newVersion) {
        return new AppraisalDocument(id, areaCode, kind, year, asOf, phase, criteriaSet, legalSource, outcome, criteria, eventPositions, scopes, recordedBy, recordedAt, review,
                newDecision, newVersion);
    }
}
