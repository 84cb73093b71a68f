package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.DossierStage;

@Revision("1")
public record DossierWithdrawn(String dossierId, DossierStage from, LocalDate withdrawnOn, String reason) {
}
