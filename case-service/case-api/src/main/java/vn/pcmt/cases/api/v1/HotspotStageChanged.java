package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code cases.HotspotStageChanged}: from {@code on} the hotspot is {@code stage} ({@code UNDER_ACTION},
 * {@code ELIMINATED}, {@code CLOSED}, {@code RE_EMERGED}); {@code active}: it exists on the ground (counts in the
 * area's figures). Key: the hotspot id.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HotspotStageChanged(
        String hotspotId,
        String from,
        String stage,
        LocalDate on,
        boolean active) {

    public static final String TYPE = "cases.HotspotStageChanged";
    public static final int VERSION = 1;
}
