package vn.pcmt.assessment.api.v1;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code assessment.AreaChanged}: the directory changed from {@code effectiveOn} (the 2025 reorganisation and later
 * decisions). {@code change}: {@code RENAMED} ({@code name}); {@code MERGED} (the areas in {@code predecessorCodes}
 * merged into {@code code}); {@code CLOSED} ({@code code} merged into {@code successorCodes}); {@code SPLIT}
 * ({@code code} split into {@code successorCodes} and closed). {@code assignments}: each child that moved, and the
 * area it is under now (MERGED, SPLIT). Key: {@code code}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AreaChanged(
        String code,
        String change,
        String name,
        List<String> predecessorCodes,
        List<String> successorCodes,
        Map<String, String> assignments,
        LocalDate effectiveOn) {

    public static final String TYPE = "assessment.AreaChanged";
    public static final int VERSION = 1;
}
