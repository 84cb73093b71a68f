package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record GangDismantled(String gangId, String communeCode, LocalDate on) {
}
