package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** TTLT 03/2025: the person reads the dossier until {@code readingEndsOn}; it goes to court by {@code sendDueOn}. */
@Revision("1")
public record PersonNotified(String dossierId, LocalDate notifiedOn, LocalDate readingEndsOn, LocalDate sendDueOn) {
}
