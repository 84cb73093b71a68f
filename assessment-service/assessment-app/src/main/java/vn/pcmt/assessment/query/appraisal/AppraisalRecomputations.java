package vn.pcmt.assessment.query.appraisal;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.criteria.AppraisalResult;
import vn.pcmt.assessment.domain.criteria.CriteriaSet;
import vn.pcmt.assessment.domain.criteria.CriterionResult;
import vn.pcmt.assessment.domain.event.AppraisalRecorded;
import vn.pcmt.assessment.domain.facts.EventPosition;
import vn.pcmt.assessment.domain.facts.EventPositions;
import vn.pcmt.assessment.query.areafacts.AreaFactsAssembler;
import vn.pcmt.assessment.query.areafacts.AreaFactsAssembler.Assembled;
import vn.pcmt.assessment.query.areafacts.AreaFactsAssembler.Reading;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * A recorded appraisal run again on the facts as they were known when it was made: only the facts up to the positions
 * it read, the manual facts then in force, each area known by the codes it was known by then. The answer is compared with the appraisal as recorded in the event
 * store, criterion by criterion, as JSON (the read model's types are the store's, not the criteria's).
 */
@Component
public class AppraisalRecomputations {

    private final EventStore events;
    private final AreaFactsAssembler facts;
    private final ObjectMapper json;

    public AppraisalRecomputations(EventStore events, AreaFactsAssembler facts, ObjectMapper json) {
        this.events = events;
        this.facts = facts;
        this.json = json;
    }

    /** Empty when there is no such appraisal. */
    public Optional<Recomputation> of(String appraisalId) {
        return events.readEvents(appraisalId).asStream().findFirst()
                .filter(message -> message.getPayload() instanceof AppraisalRecorded)
                .map(message -> recompute((AppraisalRecorded) message.getPayload()));
    }

    private Recomputation recompute(AppraisalRecorded recorded) {
        if (recorded.eventPositions().isEmpty()) {
            throw Refusal.ruleViolated("POSITIONS_NOT_KEPT", "Kết quả thẩm định này được ghi trước khi nền tảng lưu vị trí sự kiện đã đọc; "
                    + "không thể tính lại đúng như lúc thẩm định.", new FieldProblem("appraisalId", "POSITIONS_NOT_KEPT",
                    "Không có vị trí sự kiện đã đọc."));
        }
        Assembled read = facts.assemble(recorded.areaCode(), recorded.asOf(), new Reading(EventPositions.highestOf(recorded.eventPositions()),
                recorded.scopes()));
        AppraisalResult again = CriteriaSet.of(recorded.criteriaSet()).appraise(read.facts());
        List<JsonNode> before = recorded.criteria().stream().map(this::normalised).toList();
        List<String> differing = again.criteria().stream()
                .filter(criterion -> !before.contains(normalised(criterion)))
                .map(CriterionResult::id)
                .toList();
        boolean same = again.outcome().equals(recorded.outcome()) && differing.isEmpty() && again.criteria().size() == before.size()
                && read.eventPositions().equals(recorded.eventPositions()) && read.scopes().equals(recorded.scopes());
        return new Recomputation(recorded.appraisalId(), same, recorded.outcome(), again.outcome(), again.criteria(), differing,
                read.eventPositions());
    }

    /** The criterion as JSON read back, so a date or a number compares equal however it was typed. */
    private JsonNode normalised(CriterionResult criterion) {
        try {
            return json.readTree(json.writeValueAsString(criterion));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A criterion result is always JSON", e);
        }
    }

    /**
     * {@code same}: the outcome, every criterion (text, result, facts, explanation) and the positions read are as
     * recorded; {@code differingCriteria}: the ids of those that are not.
     */
    public record Recomputation(String appraisalId, boolean same, String recordedOutcome, String outcome, List<CriterionResult> criteria,
                                List<String> differingCriteria, List<EventPosition> eventPositions) {
    }
}
