package vn.pcmt.registry.query.subjectprofile;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.FoundBy;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.Sex;

@Document("subject_profile")
public record SubjectProfileDocument(
        @Id String subjectId,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        @Indexed(sparse = true) String nationalId,
        Residence residence,
        Category category,
        FoundBy foundBy,
        LocalDate foundOn,
        long version,
        Instant recordedAt) {
}
