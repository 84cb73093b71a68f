package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The members the gang names are erased; their keys are destroyed once this is stored. */
@Revision("1")
public record GangMembersErased(String gangId, LocalDate erasedOn, String reason) {
}
