package vn.pcmt.assessment.domain.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An area split (chia tách) into {@code successorCodes} from {@code effectiveOn} and closed; {@code assignments}: each of
 * its open children and the successor it goes to.
 */
public record SplitArea(
        @TargetAggregateIdentifier String code,
        @TargetAggregateVersion Long expectedVersion,
        List<String> successorCodes,
        Map<String, String> assignments,
        LocalDate effectiveOn,
        String decisionNo) {
}
