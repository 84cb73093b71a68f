package vn.pcmt.assessment.domain.command;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.assessment.domain.PreventionModel;

/**
 * The facts officers record by hand for an area and a programme year (15/12 of the year before to 14/12): population,
 * households and how many signed the commitment, whether the area lies on a drug route, its prevention models, and
 * the evidence (the document they come from). A later record for the same year supersedes the earlier one.
 */
public record RecordAreaFacts(
        @TargetAggregateIdentifier String code,
        @TargetAggregateVersion Long expectedVersion,
        int year,
        long population,
        long households,
        long householdsCommitted,
        boolean onRoute,
        List<PreventionModel> preventionModels,
        String evidence) {
}
