package vn.pcmt.assessment.domain.facts;

import java.time.LocalDate;

/**
 * One registry fact about a person, in the assessment's words: what happened ({@code kind}) on which day
 * ({@code on}), from which published event ({@code eventId}, the subject's {@code version}). Only the fields its kind
 * needs are set: {@code category} (REGISTERED, CATEGORY_CHANGED), {@code communeCode}/{@code villageCode}
 * (REGISTERED, MOVED), {@code detail} (the treatment kind, flag, management end date as ISO text, or support kind),
 * {@code reference} (a treatment id), {@code negative} (TESTED), {@code versions} (RETRACTED: the voided versions);
 * {@code position}: where it was read.
 */
public record TimelineEntry(
        String eventId,
        long version,
        Kind kind,
        LocalDate on,
        String category,
        String communeCode,
        String villageCode,
        String detail,
        String reference,
        boolean negative,
        java.util.List<Long> versions,
        EventPosition position) {

    public enum Kind {
        REGISTERED,
        CATEGORY_CHANGED,
        MOVED,
        LEFT_LIST,
        TREATMENT_STARTED,
        TREATMENT_ENDED,
        FLAG_RAISED,
        FLAG_CLEARED,
        MANAGEMENT_STARTED,
        TESTED,
        SUPPORTED,
        RETRACTED
    }

    public TimelineEntry {
        versions = versions == null ? java.util.List.of() : java.util.List.copyOf(versions);
    }

    public static TimelineEntry of(String eventId, long version, Kind kind, LocalDate on) {
        return new TimelineEntry(eventId, version, kind, on, null, null, null, null, null, false, null, null);
    }

    public TimelineEntry category(String value) {
        return new TimelineEntry(eventId, version, kind, on, value, communeCode, villageCode, detail, reference, negative, versions, position);
    }

    public TimelineEntry residence(String commune, String village) {
        return new TimelineEntry(eventId, version, kind, on, category, commune, village, detail, reference, negative, versions, position);
    }

    public TimelineEntry detail(String value) {
        return new TimelineEntry(eventId, version, kind, on, category, communeCode, villageCode, value, reference, negative, versions, position);
    }

    public TimelineEntry reference(String value) {
        return new TimelineEntry(eventId, version, kind, on, category, communeCode, villageCode, detail, value, negative, versions, position);
    }

    public TimelineEntry negative(boolean value) {
        return new TimelineEntry(eventId, version, kind, on, category, communeCode, villageCode, detail, reference, value, versions, position);
    }

    /** Where the entry was read from (its topic, partition and offset). */
    public TimelineEntry readAt(EventPosition value) {
        return new TimelineEntry(eventId, version, kind, on, category, communeCode, villageCode, detail, reference, negative, versions, value);
    }

    public TimelineEntry voiding(java.util.List<Long> voided) {
        return new TimelineEntry(eventId, version, kind, on, category, communeCode, villageCode, detail, reference, negative, voided, position);
    }
}
