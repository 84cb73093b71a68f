package vn.pcmt.assessment.domain.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.assessment.domain.AreaLevel;

public record RegisterArea(@TargetAggregateIdentifier String code, String name, AreaLevel level, String parentCode) {
}
