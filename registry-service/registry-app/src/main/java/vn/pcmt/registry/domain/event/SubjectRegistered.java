package vn.pcmt.registry.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.FoundBy;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.Sex;

@Revision("1")
public record SubjectRegistered(
        String subjectId,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationalId,
        String nationalIdMissingReason,
        Residence residence,
        Category category,
        FoundBy foundBy,
        LocalDate foundOn) {
}
