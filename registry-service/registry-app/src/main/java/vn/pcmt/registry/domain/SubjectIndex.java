package vn.pcmt.registry.domain;

import java.util.Optional;

/** Finds subjects already on the registry, to refuse duplicates. */
public interface SubjectIndex {

    Optional<String> subjectWithNationalId(String nationalId);
}
