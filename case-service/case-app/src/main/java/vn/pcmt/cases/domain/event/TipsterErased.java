package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The tipster is erased; their key is destroyed once this is stored. */
@Revision("1")
public record TipsterErased(String tipId, LocalDate erasedOn, String reason) {
}
