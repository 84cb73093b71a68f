package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** {@code hidingCommuneCode}: where the person was believed to hide until caught (that area's figure drops). */
@Revision("1")
public record WantedPersonCaptured(String wantedId, String hidingCommuneCode, LocalDate capturedOn, String communeCode,
                                   boolean surrendered) {
}
