package vn.pcmt.reporting.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a subject's history as the registry published it: its {@code kind}, the subject's stream {@code version},
 * the day it took effect ({@code on}), when it was recorded, and the commune the subject lived in that day
 * ({@code areaCode}). Only the fields its kind uses are set: residence for
 * {@link Kind#REGISTERED} and {@link Kind#MOVED}; {@code category}; {@code sex} and {@code birthYear} for registration
 * and corrections; {@code reference} (the treatment id, the flag) with {@code detail} (the treatment's kind, the
 * management period's end, the test's result); the {@code versions} a retraction voids.
 */
public record SubjectEntry(String subjectId, long version, Kind kind, LocalDate on, Instant recordedAt, String areaCode, String communeCode,
                           String villageCode, String category, String sex, Integer birthYear, String reference, String detail,
                           List<Long> versions) {

    public enum Kind {
        REGISTERED, MOVED, CATEGORY_CHANGED, LEFT_LIST, CORRECTED, TREATMENT_STARTED, TREATMENT_ENDED, FLAG_RAISED,
        FLAG_CLEARED, MANAGEMENT_STARTED, TESTED, RETRACTED
    }

    public SubjectEntry {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }
}
