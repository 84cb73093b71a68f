package vn.pcmt.assessment.domain.criteria;

import static vn.pcmt.assessment.domain.criteria.CriterionResult.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * QĐ 28/2025 Art. 4: a commune is a key area of Type I when at least 3 of 5 criteria reach Type I, else of Type II
 * when at least 3 of 5 reach Type II, else of Type III when at least 1 of 3 reaches Type III.
 *
 * <table>
 * <tr><th>criterion</th><th>Type I</th><th>Type II</th><th>Type III</th></tr>
 * <tr><td>users / population</td><td>≥ 0.5%</td><td>≥ 0.1%</td><td>&gt; 0</td></tr>
 * <tr><td>drug-use points</td><td>≥ 2</td><td>1 (read as ≥ 1)</td><td>–</td></tr>
 * <tr><td>arrested / population</td><td>≥ 0.1%</td><td>≥ 0.05%</td><td>&gt; 0</td></tr>
 * <tr><td>plants destroyed</td><td>≥ 3,000 or ≥ 750 m²</td><td>≥ 500 or ≥ 125 m²</td><td>&gt; 0</td></tr>
 * <tr><td>on a route</td><td>on a route and ≥ 2 of the above at Type II or higher</td>
 *     <td>on a route and ≥ 2 of the above at Type III or higher</td><td>–</td></tr>
 * </table>
 * The table gives Type II's points as "= 1"; a commune with 2 points that misses Type I has more than Type II asks, so
 * the platform reads it "≥ 1" (a threshold, as every other cell).
 */
final class Qd28CommuneKeyArea implements CriteriaSet {

    enum Level {
        NONE, TYPE_III, TYPE_II, TYPE_I
    }

    @Override
    public CriteriaSetId id() {
        return CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA;
    }

    @Override
    public AppraisalResult appraise(AreaFacts facts) {
        long users = facts.usersOnRecord();
        long population = facts.population();
        Level usersLevel = Ratio.atLeast(users, population, 50) ? Level.TYPE_I
                : Ratio.atLeast(users, population, 10) ? Level.TYPE_II : users > 0 ? Level.TYPE_III : Level.NONE;
        Level pointsLevel = facts.cases().drugUsePoints() >= 2 ? Level.TYPE_I : facts.cases().drugUsePoints() >= 1 ? Level.TYPE_II : Level.NONE;
        long arrested = facts.cases().arrestedResidents();
        Level arrestedLevel = Ratio.atLeast(arrested, population, 10) ? Level.TYPE_I
                : Ratio.atLeast(arrested, population, 5) ? Level.TYPE_II : arrested > 0 ? Level.TYPE_III : Level.NONE;
        long plants = facts.cases().plantsDestroyed();
        BigDecimal m2 = facts.cases().areaM2Destroyed();
        Level plantsLevel = plants >= 3_000 || m2.compareTo(BigDecimal.valueOf(750)) >= 0 ? Level.TYPE_I
                : plants >= 500 || m2.compareTo(BigDecimal.valueOf(125)) >= 0 ? Level.TYPE_II
                : plants > 0 || m2.signum() > 0 ? Level.TYPE_III : Level.NONE;
        List<Level> measured = List.of(usersLevel, pointsLevel, arrestedLevel, plantsLevel);
        long atTypeII = measured.stream().filter(l -> l.compareTo(Level.TYPE_II) >= 0).count();
        long atTypeIII = measured.stream().filter(l -> l.compareTo(Level.TYPE_III) >= 0).count();
        Level routeLevel = facts.onRoute() && atTypeII >= 2 ? Level.TYPE_I
                : facts.onRoute() && atTypeIII >= 2 ? Level.TYPE_II : Level.NONE;

        List<Level> all = List.of(usersLevel, pointsLevel, arrestedLevel, plantsLevel, routeLevel);
        Level type = count(all, Level.TYPE_I) >= 3 ? Level.TYPE_I
                : count(all, Level.TYPE_II) >= 3 ? Level.TYPE_II
                : count(List.of(usersLevel, arrestedLevel, plantsLevel), Level.TYPE_III) >= 1 ? Level.TYPE_III : Level.NONE;

        List<CriterionResult> criteria = new ArrayList<>();
        criteria.add(result("ART4_USERS", "Tỷ lệ người nghiện, người sử dụng trái phép chất ma túy trên dân số", usersLevel,
                facts("users", users, "population", population), "Tỷ lệ " + Ratio.percent(users, population)));
        criteria.add(result("ART4_POINTS", "Số điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy", pointsLevel,
                facts("drugUsePoints", facts.cases().drugUsePoints()), facts.cases().drugUsePoints() + " điểm, tụ điểm"));
        criteria.add(result("ART4_ARRESTED", "Tỷ lệ người phạm tội về ma túy bị bắt giữ trên dân số", arrestedLevel,
                facts("arrestedResidents", arrested, "population", population), "Tỷ lệ " + Ratio.percent(arrested, population)));
        criteria.add(result("ART4_PLANTS", "Số cây, diện tích cây có chứa chất ma túy bị phát hiện, triệt phá", plantsLevel,
                facts("plantsDestroyed", plants, "areaM2Destroyed", m2), plants + " cây, " + m2.toPlainString() + " m²"));
        criteria.add(result("ART4_ROUTE", "Nằm trên tuyến, địa bàn trọng điểm về ma túy", routeLevel,
                facts("onRoute", facts.onRoute(), "criteriaAtTypeII", atTypeII, "criteriaAtTypeIII", atTypeIII),
                (facts.onRoute() ? "Nằm trên tuyến; " : "Không nằm trên tuyến; ") + atTypeII + " tiêu chí đạt mức loại II trở lên, "
                        + atTypeIII + " tiêu chí đạt mức loại III trở lên"));
        return new AppraisalResult(id(), facts.areaCode(), type.name(), criteria);
    }

    private static long count(List<Level> levels, Level atLeast) {
        return levels.stream().filter(l -> l.compareTo(atLeast) >= 0).count();
    }

    /** Passed: the criterion reaches a type's level (which one is in the facts, {@code level}); the outcome is the type. */
    private static CriterionResult result(String code, String text, Level level, Map<String, Object> facts, String measured) {
        facts.put("level", level.name());
        return new CriterionResult(code, text, level != Level.NONE, facts, measured + ": mức " + label(level) + ".");
    }

    private static String label(Level level) {
        return switch (level) {
            case TYPE_I -> "loại I";
            case TYPE_II -> "loại II";
            case TYPE_III -> "loại III";
            case NONE -> "không đạt mức nào";
        };
    }
}
