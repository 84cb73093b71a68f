package vn.pcmt.cases.domain.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.cases.domain.GangActivity;
import vn.pcmt.cases.domain.GangKind;
import vn.pcmt.cases.domain.GangMember;

/** A gang or network operating in a commune (and village), with the members known so far. */
public record IdentifyGang(
        @TargetAggregateIdentifier String gangId,
        GangKind kind,
        String alias,
        GangActivity activity,
        String communeCode,
        String villageCode,
        LocalDate identifiedOn,
        List<GangMember> members) {
}
