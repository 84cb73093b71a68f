package vn.pcmt.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.assessment.domain.command.RecordAppraisal;
import vn.pcmt.assessment.domain.event.AppraisalRecorded;

/**
 * An appraisal (thẩm định) of an area as of a date against one criteria set, kept as it was made: every criterion
 * with its text, the facts it read and why. Council reviews and the recognition decision attach to it (issue 5).
 */
@Aggregate
public class Appraisal {

    @AggregateIdentifier
    private String appraisalId;

    protected Appraisal() {
        // for Axon
    }

    @CommandHandler
    public Appraisal(RecordAppraisal command) {
        apply(new AppraisalRecorded(command.appraisalId(), command.areaCode(), command.asOf(), command.result().criteriaSet(),
                command.result().criteriaSet().legalSource(), command.result().outcome(), command.result().criteria()));
    }

    @EventSourcingHandler
    void on(AppraisalRecorded event) {
        appraisalId = event.appraisalId();
    }
}
