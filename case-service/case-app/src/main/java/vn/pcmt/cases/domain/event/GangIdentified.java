package vn.pcmt.cases.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.GangActivity;
import vn.pcmt.cases.domain.GangKind;
import vn.pcmt.cases.domain.GangMember;

@Revision("1")
public record GangIdentified(String gangId, GangKind kind, String alias, GangActivity activity, String communeCode, String villageCode,
                             LocalDate identifiedOn, List<GangMember> members) {
}
