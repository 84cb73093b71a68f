package vn.pcmt.assessment.domain;

import java.util.Optional;

/** What the write side needs to know of other areas: whether a code is known, and at which level. */
public interface AreaDirectory {

    Optional<AreaLevel> levelOf(String code);
}
