package vn.pcmt.assessment.domain.criteria;

import static vn.pcmt.assessment.domain.criteria.CriterionResult.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * QĐ 28/2025 Art. 5: a province is a key area when it meets at least 4 of 6 criteria — users ≥ 0.2% of the
 * population; ≥ 5 drug-use points; arrested ≥ 0.05% of the population; Type I and II communes ≥ 3% of its communes;
 * ≥ 8,000 plants or ≥ 2,000 m² destroyed; on an inter-provincial route.
 */
final class Qd28ProvinceKeyArea implements CriteriaSet {

    static final int REQUIRED = 4;

    @Override
    public CriteriaSetId id() {
        return CriteriaSetId.QD28_2025_PROVINCE_KEY_AREA;
    }

    @Override
    public AppraisalResult appraise(AreaFacts facts) {
        long users = facts.usersOnRecord();
        long population = facts.population();
        long arrested = facts.cases().arrestedResidents();
        BigDecimal m2 = facts.cases().areaM2Destroyed();
        boolean keyShare = facts.communes() > 0 && facts.keyCommunes() * 100L >= facts.communes() * 3L;
        List<CriterionResult> criteria = List.of(
                new CriterionResult("ART5_USERS", "Tỷ lệ người nghiện, người sử dụng trái phép chất ma túy từ 0,2% dân số trở lên",
                        Ratio.atLeast(users, population, 20), facts("users", users, "population", population),
                        "Tỷ lệ " + Ratio.percent(users, population) + "."),
                new CriterionResult("ART5_POINTS", "Có từ 5 điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy trở lên",
                        facts.cases().drugUsePoints() >= 5, facts("drugUsePoints", facts.cases().drugUsePoints()), facts.cases().drugUsePoints() + " điểm, tụ điểm."),
                new CriterionResult("ART5_ARRESTED", "Tỷ lệ người phạm tội về ma túy bị bắt giữ từ 0,05% dân số trở lên",
                        Ratio.atLeast(arrested, population, 5), facts("arrestedResidents", arrested, "population", population),
                        "Tỷ lệ " + Ratio.percent(arrested, population) + "."),
                new CriterionResult("ART5_KEY_COMMUNES", "Số xã trọng điểm loại I, loại II chiếm từ 3% tổng số xã trở lên", keyShare,
                        facts("keyCommunes", facts.keyCommunes(), "communes", facts.communes()),
                        facts.keyCommunes() + " trên " + facts.communes() + " xã (" + Ratio.percent(facts.keyCommunes(), facts.communes()) + ")."),
                new CriterionResult("ART5_PLANTS", "Phát hiện, triệt phá từ 8.000 cây hoặc 2.000 m² cây có chứa chất ma túy trở lên",
                        facts.cases().plantsDestroyed() >= 8_000 || m2.compareTo(BigDecimal.valueOf(2_000)) >= 0,
                        facts("plantsDestroyed", facts.cases().plantsDestroyed(), "areaM2Destroyed", m2),
                        facts.cases().plantsDestroyed() + " cây, " + m2.toPlainString() + " m²."),
                new CriterionResult("ART5_ROUTE", "Nằm trên tuyến vận chuyển ma túy liên tỉnh, xuyên biên giới", facts.onRoute(),
                        facts("onRoute", facts.onRoute()), facts.onRoute() ? "Nằm trên tuyến." : "Không nằm trên tuyến."));
        long met = criteria.stream().filter(CriterionResult::passed).count();
        return new AppraisalResult(id(), facts.areaCode(), met >= REQUIRED ? "KEY_AREA" : "NOT_KEY_AREA", criteria);
    }
}
