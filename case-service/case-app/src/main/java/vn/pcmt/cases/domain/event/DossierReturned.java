package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DossierReturned(String dossierId, LocalDate returnedOn, String reason) {
}
