package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record HidingPlaceRecorded(String wantedId, String fromCommuneCode, String communeCode, String villageCode,
                                  LocalDate since) {
}
