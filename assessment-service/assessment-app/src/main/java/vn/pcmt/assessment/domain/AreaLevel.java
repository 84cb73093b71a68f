package vn.pcmt.assessment.domain;

/** Administrative level (địa bàn): tỉnh → xã/phường/đặc khu → thôn/xóm/khối/tổ dân phố. */
public enum AreaLevel {
    PROVINCE,
    COMMUNE,
    VILLAGE;

    /** The level a parent of this level must have; none for a province. */
    public AreaLevel parentLevel() {
        return switch (this) {
            case PROVINCE -> null;
            case COMMUNE -> PROVINCE;
            case VILLAGE -> COMMUNE;
        };
    }
}
