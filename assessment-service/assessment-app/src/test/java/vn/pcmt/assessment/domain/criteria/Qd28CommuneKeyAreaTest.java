package vn.pcmt.assessment.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcmt.assessment.domain.criteria.Facts.criterion;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;

/** QĐ 28/2025 Art. 4 on both sides of every threshold, for a commune of 10,000 people. */
class Qd28CommuneKeyAreaTest {

    private final CriteriaSet keyArea = CriteriaSet.of(CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA);

    @ParameterizedTest(name = "{0} users of 10,000 → {1}")
    @CsvSource({"50, TYPE_I", "49, TYPE_II", "10, TYPE_II", "9, TYPE_III", "1, TYPE_III", "0, NONE"})
    void givenUsers_whenMeasured_thenLevelByShareOfPopulation(int users, String level) {
        Facts facts = new Facts().persons(users, Category.ILLEGAL_USER, Treatment.NONE, 1);

        assertThat(criterion(keyArea.appraise(facts.build()), "ART4_USERS").facts().get("level")).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} points → {1}")
    @CsvSource({"2, TYPE_I", "1, TYPE_II", "0, NONE"})
    void givenPoints_whenMeasured_thenTwoForTypeIOneForTypeII(int points, String level) {
        Facts facts = new Facts();
        facts.drugUsePoints = points;

        assertThat(criterion(keyArea.appraise(facts.build()), "ART4_POINTS").facts().get("level")).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} arrested of 10,000 → {1}")
    @CsvSource({"10, TYPE_I", "9, TYPE_II", "5, TYPE_II", "4, TYPE_III", "0, NONE"})
    void givenArrests_whenMeasured_thenLevelByShareOfPopulation(int arrested, String level) {
        Facts facts = new Facts();
        facts.arrestedResidents = arrested;

        assertThat(criterion(keyArea.appraise(facts.build()), "ART4_ARRESTED").facts().get("level")).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} plants, {1} m² → {2}")
    @CsvSource({"3000, 0, TYPE_I", "2999, 0, TYPE_II", "0, 750, TYPE_I", "0, 749.99, TYPE_II", "500, 0, TYPE_II",
            "499, 0, TYPE_III", "0, 125, TYPE_II", "0, 124.9, TYPE_III", "0, 0, NONE"})
    void givenPlantsDestroyed_whenMeasured_thenCountOrAreaDecides(long plants, BigDecimal m2, String level) {
        Facts facts = new Facts();
        facts.plantsDestroyed = plants;
        facts.areaM2Destroyed = m2;

        assertThat(criterion(keyArea.appraise(facts.build()), "ART4_PLANTS").facts().get("level")).isEqualTo(level);
    }

    @ParameterizedTest(name = "users {0}, points {1}, arrested {2}, route {3} → {4}")
    @CsvSource({
            "50, 2, 10, false, TYPE_I",      // three at Type I
            "50, 2, 9, false, TYPE_II",      // two at Type I, the third at Type II: not I, and three at II or above
            "50, 2, 9, true, TYPE_I",        // the route counts at Type I: on a route with ≥ 2 criteria at Type II or above
            "10, 1, 5, false, TYPE_II",
            "10, 1, 4, false, TYPE_III",     // two at Type II only: Type III by users or arrests
            "10, 1, 4, true, TYPE_II",       // the route lifts it: on a route with 2 criteria at Type II
            "9, 0, 4, true, TYPE_III",       // two at Type III on a route: route at Type II, one criterion at II is not three
            "0, 1, 0, false, NONE",          // a point alone is no Type III criterion
            "0, 0, 0, true, NONE"})
    void givenMeasures_whenClassified_thenTypeIThenIIThenIII(int users, int points, int arrested, boolean onRoute, String type) {
        Facts facts = new Facts().persons(users, Category.ADDICT, Treatment.NONE, 1);
        facts.drugUsePoints = points;
        facts.arrestedResidents = arrested;
        facts.onRoute = onRoute;

        AppraisalResult appraisal = keyArea.appraise(facts.build());

        assertThat(appraisal.outcome()).isEqualTo(type);
        assertThat(appraisal.criteria()).hasSize(5);
    }
}
