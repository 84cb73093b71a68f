package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.pcmt.cases.domain.GangMember;

public record AddGangMember(
        @TargetAggregateIdentifier String gangId,
        @TargetAggregateVersion Long expectedVersion,
        GangMember member,
        LocalDate on) {
}
