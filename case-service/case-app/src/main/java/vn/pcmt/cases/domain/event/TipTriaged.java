package vn.pcmt.cases.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record TipTriaged(String tipId, LocalDate on, boolean urgent, List<String> handlers) {
}
