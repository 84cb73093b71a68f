package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.GangMember;

@Revision("1")
public record GangMemberAdded(String gangId, String communeCode, GangMember member, LocalDate on) {
}
