package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The person's identity was erased at the end of retention: their personal data key is destroyed, so their name and
 * identity number read as erased in every event; the statuses, dates and statistics stay replayable.
 */
@Revision("1")
public record SubjectErased(String subjectId, LocalDate erasedOn, String reason) implements SubjectChange {
}
