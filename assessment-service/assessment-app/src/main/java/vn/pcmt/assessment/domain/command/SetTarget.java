package vn.pcmt.assessment.domain.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A plan's target for an area and programme year: at least {@code drugFreeChildrenPercent}% of its villages (or communes) drug-free. */
public record SetTarget(
        @TargetAggregateIdentifier String code,
        @TargetAggregateVersion Long expectedVersion,
        int year,
        int drugFreeChildrenPercent,
        String plan) {
}
