package vn.pcmt.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.assessment.domain.command.ApproveClassification;
import vn.pcmt.assessment.domain.command.ClassifyCommune;
import vn.pcmt.assessment.domain.event.ClassificationApproved;
import vn.pcmt.assessment.domain.event.CommuneClassified;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * A commune's key-area classification for one programme year (id {@code communeCode:year}): its Art. 4 type on the
 * facts of the period's end, then the province's approval, due before 20/12 (QĐ 28/2025 Art. 7); a late approval is
 * recorded and flagged, not refused — it is the province's act.
 */
@Aggregate
public class Classification {

    /** The last day the province's approval is on time. */
    static final MonthDay APPROVAL_DUE = MonthDay.of(12, 19);

    @AggregateIdentifier
    private String classificationId;
    private String communeCode;
    private int year;
    private String type;
    private boolean approved;

    protected Classification() {
        // for Axon
    }

    @CommandHandler
    public Classification(ClassifyCommune command) {
        apply(new CommuneClassified(command.classificationId(), command.communeCode(), command.year(), command.type(),
                List.copyOf(command.criteria())));
    }

    @CommandHandler
    void handle(ApproveClassification command) {
        if (approved) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Phân loại đã được phê duyệt.",
                    new FieldProblem("classificationId", "TRANSITION_NOT_ALLOWED", "Đã phê duyệt."));
        }
        LocalDate periodEnd = new ProgrammeYear(year).lastDay();
        if (!command.approvedOn().isAfter(periodEnd)) {
            throw Refusal.ruleViolated("DATE_ORDER", "Phê duyệt phải sau khi kỳ kết thúc (" + periodEnd + ").",
                    new FieldProblem("approvedOn", "DATE_ORDER", "Trước khi kỳ kết thúc."));
        }
        apply(new ClassificationApproved(classificationId, communeCode, year, type, command.approvedOn(), command.decisionNo().strip(),
                command.approvedOn().isAfter(APPROVAL_DUE.atYear(year))));
    }

    @EventSourcingHandler
    void on(CommuneClassified event) {
        classificationId = event.classificationId();
        communeCode = event.communeCode();
        year = event.year();
        type = event.type();
    }

    @EventSourcingHandler
    void on(ClassificationApproved event) {
        approved = true;
    }

    /** The classification of {@code communeCode} for {@code year}. */
    public static String id(String communeCode, int year) {
        return communeCode + ":" + year;
    }
}
