package vn.pcmt.cases.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** The members the gang names ({@code memberIds}) are erased; their keys are destroyed once this is stored. */
@Revision("1")
public record GangMembersErased(String gangId, LocalDate erasedOn, String reason, List<String> memberIds) {

    public GangMembersErased {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }
}
