package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.TipStage;

@Revision("1")
public record TipDismissed(String tipId, TipStage from, LocalDate on, String reason) {
}
