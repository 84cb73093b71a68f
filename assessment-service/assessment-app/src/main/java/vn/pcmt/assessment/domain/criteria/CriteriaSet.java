package vn.pcmt.assessment.domain.criteria;

/** A versioned set of legal criteria: a pure function of an area's facts. */
public interface CriteriaSet {

    CriteriaSetId id();

    AppraisalResult appraise(AreaFacts facts);

    /** The set for {@code id}. */
    static CriteriaSet of(CriteriaSetId id) {
        return switch (id) {
            case QD28_2025_DRUG_FREE -> new Qd28DrugFree();
            case QD28_2025_COMMUNE_KEY_AREA -> new Qd28CommuneKeyArea();
            case QD28_2025_PROVINCE_KEY_AREA -> new Qd28ProvinceKeyArea();
            case LOCAL_10 -> new LocalTenCriteria();
        };
    }
}
