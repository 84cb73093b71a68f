package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** {@code late}: sent after the 1 working day TTLT 03/2025 allows once the reading period is over. */
@Revision("1")
public record DossierSentToCourt(String dossierId, LocalDate sentOn, boolean late) {
}
