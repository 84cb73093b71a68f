package vn.pcmt.cases.domain;

/** Kinds of drug hotspot (điểm, tụ điểm) the police identify. */
public enum HotspotKind {
    /** điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy: a QĐ 28/2025 "drug-use point" */
    USE_DEN,
    /** điểm bán lẻ */
    RETAIL_POINT,
    /** tụ điểm phức tạp */
    COMPLEX,
    /** điểm có nguy cơ */
    RISK;

    /** QĐ 28/2025/QĐ-TTg, Art. 4–6 count places organising or harbouring use, suspected ones included. */
    public boolean isDrugUsePoint() {
        return this == USE_DEN;
    }
}
