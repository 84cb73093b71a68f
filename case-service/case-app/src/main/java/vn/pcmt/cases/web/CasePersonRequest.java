package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.CasePerson;
import vn.pcmt.platform.web.AreaCode;

/** A person in a case: {@code subjectId} of the registry, or a name and residence (and, when known, birth date and CCCD). */
public record CasePersonRequest(
        UUID subjectId,
        @Size(max = 200) String fullName,
        @Past LocalDate birthDate,
        @Pattern(regexp = "^\\d{12}$", message = "Số CCCD gồm 12 chữ số.") String nationalId,
        @AreaCode String residenceCommuneCode,
        @AreaCode String residenceVillageCode) {

    CasePerson toPerson(String personId) {
        return new CasePerson(personId, subjectId == null ? null : subjectId.toString(), fullName == null ? null : fullName.strip(),
                birthDate, nationalId, residenceCommuneCode, residenceVillageCode);
    }
}
