package vn.pcmt.cases.domain;

/** identified → under action → eliminated (then monitored) → closed, or re-emerged after elimination. */
public enum HotspotStage {
    IDENTIFIED,
    UNDER_ACTION,
    /** triệt xóa: eliminated and monitored so it does not form again */
    ELIMINATED,
    CLOSED,
    /** tái hình thành: active again */
    RE_EMERGED;

    /** Whether the hotspot exists on the ground (counts toward the area's figures). */
    public boolean isActive() {
        return this == IDENTIFIED || this == UNDER_ACTION || this == RE_EMERGED;
    }
}
