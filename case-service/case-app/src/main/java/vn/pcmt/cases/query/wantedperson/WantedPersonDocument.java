package vn.pcmt.cases.query.wantedperson;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("wanted_person")
public record WantedPersonDocument(
        @Id String wantedId,
        String fullName,
        String subjectId,
        String warrantNo,
        String article,
        LocalDate wantedSince,
        @Indexed String hidingCommuneCode,
        String hidingVillageCode,
        LocalDate hidingSince,
        LocalDate capturedOn,
        String capturedInCommuneCode,
        boolean surrendered,
        long version) {

    public boolean atLarge() {
        return capturedOn == null;
    }
}
