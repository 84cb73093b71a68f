package vn.pcmt.registry.domain;

import java.util.Optional;

/** Keeps citizen identity numbers unique on the registry. */
public interface SubjectIndex {

    /**
     * Reserves {@code nationalId} for {@code subjectId} before the registration is stored, atomically, so two officers
     * registering the same person at once cannot both succeed.
     *
     * @return the subject already holding the number, if any (then nothing is reserved)
     */
    Optional<String> claimNationalId(String nationalId, String subjectId);
}
