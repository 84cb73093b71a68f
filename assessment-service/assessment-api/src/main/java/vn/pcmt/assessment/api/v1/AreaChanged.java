package vn.pcmt.assessment.api.v1;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code assessment.AreaChanged}: the directory changed from {@code effectiveOn} (the 2025 reorganisation and later
 * decisions). {@code change}: {@code RENAMED} ({@code name}); {@code MOVED} ({@code code} is now under
 * {@code parentCode}, after its parent was merged or split); {@code MERGED} (the areas in {@code predecessorCodes}
 * merged into {@code code}); {@code CLOSED} ({@code code} merged into {@code successorCodes}); {@code SPLIT}
 * ({@code code} split into {@code successorCodes} and closed). Key: {@code code}, so a move follows the area's
 * registration on its partition.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AreaChanged(
        String code,
        String change,
        String name,
        String parentCode,
        List<String> predecessorCodes,
        List<String> successorCodes,
        LocalDate effectiveOn) {

    public static final String TYPE = "assessment.AreaChanged";
    public static final int VERSION = 1;
}
