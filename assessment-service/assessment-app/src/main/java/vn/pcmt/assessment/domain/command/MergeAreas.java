package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Areas of one level merged (sáp nhập) into {@code code} from {@code effectiveOn}: the successor takes in their
 * territory, people and history; each predecessor is then closed ({@link CloseMergedArea}).
 */
public record MergeAreas(
        @TargetAggregateIdentifier String code,
        @TargetAggregateVersion Long expectedVersion,
        List<String> predecessorCodes,
        LocalDate effectiveOn,
        String decisionNo) {
}
