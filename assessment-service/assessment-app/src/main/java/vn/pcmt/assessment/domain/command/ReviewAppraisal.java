package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The review council (hội đồng) met on {@code reviewedOn}: its members, the votes for and against, the minutes. */
public record ReviewAppraisal(
        @TargetAggregateIdentifier String appraisalId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate reviewedOn,
        List<String> members,
        int votesFor,
        int votesAgainst,
        String minutes) {
}
