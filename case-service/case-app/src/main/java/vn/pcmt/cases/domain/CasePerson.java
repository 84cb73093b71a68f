package vn.pcmt.cases.domain;

import java.time.LocalDate;

/**
 * An offender or violator in a case: a registry subject ({@code subjectId}; the name stays in the registry) or a person
 * not (yet) on the registry, named here. {@code residenceCommuneCode} is where they live, which QĐ 28 counts arrests by.
 */
public record CasePerson(
        String personId,
        String subjectId,
        String fullName,
        LocalDate birthDate,
        String nationalId,
        String residenceCommuneCode,
        String residenceVillageCode) {

    /** A registry subject in a case: only the link and where they live, never their name or identity number. */
    public static CasePerson subject(String personId, String subjectId, Residence residence) {
        return new CasePerson(personId, subjectId, null, null, null, residence.communeCode(), residence.villageCode());
    }

    public CasePerson livingIn(Residence residence) {
        return new CasePerson(personId, subjectId, fullName, birthDate, nationalId, residence.communeCode(), residence.villageCode());
    }

    public CasePerson linkedTo(String subject) {
        return new CasePerson(personId, subject, fullName, birthDate, nationalId, residenceCommuneCode, residenceVillageCode);
    }
}
