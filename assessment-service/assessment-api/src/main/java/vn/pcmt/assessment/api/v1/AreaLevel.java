package vn.pcmt.assessment.api.v1;

/** Administrative level of an area (địa bàn): tỉnh, xã/phường/đặc khu, thôn/xóm/khối/tổ dân phố. */
public enum AreaLevel {
    PROVINCE,
    COMMUNE,
    VILLAGE
}
