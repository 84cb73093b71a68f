package vn.pcmt.assessment.domain.criteria;

/** The criteria sets the platform knows, with the legal text each encodes. A new version of a text is a new id. */
public enum CriteriaSetId {
    QD28_2025_DRUG_FREE("Quyết định 28/2025/QĐ-TTg, Điều 6: xã, tỉnh không ma túy"),
    QD28_2025_COMMUNE_KEY_AREA("Quyết định 28/2025/QĐ-TTg, Điều 4: phân loại xã trọng điểm loại I, II, III"),
    QD28_2025_PROVINCE_KEY_AREA("Quyết định 28/2025/QĐ-TTg, Điều 5: tỉnh trọng điểm (đạt 4 trên 6 tiêu chí)"),
    LOCAL_10("Đề án địa phương (seed 002, Bình Lương): 10 tiêu chí thôn, xã không ma túy");

    private final String legalSource;

    CriteriaSetId(String legalSource) {
        this.legalSource = legalSource;
    }

    public String legalSource() {
        return legalSource;
    }
}
