package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The wanted person's name is erased; their key is destroyed once this is stored. */
@Revision("1")
public record WantedPersonErased(String wantedId, LocalDate erasedOn, String reason) {
}
