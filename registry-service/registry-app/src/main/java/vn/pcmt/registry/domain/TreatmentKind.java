package vn.pcmt.registry.domain;

public enum TreatmentKind {
    /** điều trị thay thế (Methadone) */
    SUBSTITUTION,
    /** cai nghiện tự nguyện tại gia đình */
    VOLUNTARY_HOME,
    /** cai nghiện tự nguyện tại cộng đồng */
    VOLUNTARY_COMMUNITY,
    /** cai nghiện tự nguyện tại cơ sở */
    VOLUNTARY_FACILITY,
    /** cai nghiện bắt buộc, by a court's decision */
    COMPULSORY;

    /** Rehab proper (cai nghiện), as opposed to substitution therapy. */
    public boolean isRehab() {
        return this != SUBSTITUTION;
    }

    /** What a notified addict may register for within the deadline to avoid compulsory rehab. */
    public boolean isVoluntary() {
        return this != COMPULSORY;
    }
}
