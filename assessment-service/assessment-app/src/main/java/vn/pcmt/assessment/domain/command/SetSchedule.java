package vn.pcmt.assessment.domain.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.assessment.domain.ProgrammeSchedule;

/** A province sets its deadlines for a programme year; a later one for the year supersedes it. */
public record SetSchedule(
        @TargetAggregateIdentifier String code,
        @TargetAggregateVersion Long expectedVersion,
        ProgrammeSchedule schedule) {
}
