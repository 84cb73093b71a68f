package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * An authorised health facility's determination. When addicted, {@code voluntaryRehabDueOn} is the last day to register
 * for voluntary rehab: 5 working days after the person was notified.
 */
@Revision("1")
public record AddictionDetermined(String subjectId, LocalDate determinedOn, String facility, boolean addicted,
                                  LocalDate notifiedOn, LocalDate voluntaryRehabDueOn) implements SubjectChange {
}
