package vn.pcmt.cases.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WantedPersonRegistered(String wantedId, String fullName, String subjectId, String warrantNo, String article,
                                     LocalDate wantedSince, String hidingCommuneCode, String hidingVillageCode) {
}
