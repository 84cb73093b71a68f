package vn.pcmt.registry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the registry must know across subjects to register one: citizen numbers and namesakes. */
public interface SubjectIndex {

    /**
     * Reserves {@code nationalId} for {@code subjectId} before the registration is stored, atomically, so two officers
     * registering the same person at once cannot both succeed.
     *
     * @return the subject already holding the number, if any (then nothing is reserved)
     */
    Optional<String> claimNationalId(String nationalId, String subjectId);

    /** Gives up {@code subjectId}'s reservation of {@code nationalId}: corrected to another number, or merged away. */
    void releaseNationalId(String nationalId, String subjectId);

    /** Subjects of {@code communeCode} with the same name (ignoring case, accents and spacing) and date of birth. */
    List<String> namesakes(String communeCode, String fullName, LocalDate dateOfBirth);
}
