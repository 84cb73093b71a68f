package vn.pcmt.registry.web;

import java.time.LocalDate;

import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.FoundBy;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.Sex;
import vn.pcmt.registry.query.subjectprofile.SubjectProfileDocument;

public record SubjectResponse(
        String id,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationalId,
        Residence residence,
        Category category,
        FoundBy foundBy,
        LocalDate foundOn,
        long version) {

    static SubjectResponse of(SubjectProfileDocument profile) {
        return new SubjectResponse(profile.subjectId(), profile.fullName(), profile.dateOfBirth(), profile.sex(),
                profile.nationalId(), profile.residence(), profile.category(), profile.foundBy(), profile.foundOn(),
                profile.version());
    }
}
