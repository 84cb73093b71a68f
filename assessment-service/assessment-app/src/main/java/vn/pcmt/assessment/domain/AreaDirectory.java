package vn.pcmt.assessment.domain;

import java.util.List;
import java.util.Optional;

/** What the write side needs to know of other areas: whether a code is known, its level and parent, whether it is closed. */
public interface AreaDirectory {

    Optional<Known> find(String code);

    /** The areas directly under {@code code} that are not closed. */
    List<String> openChildrenOf(String code);

    default Optional<AreaLevel> levelOf(String code) {
        return find(code).map(Known::level);
    }

    /** {@code closed}: merged into another area or split. */
    record Known(String code, AreaLevel level, String parentCode, boolean closed) {
    }
}
