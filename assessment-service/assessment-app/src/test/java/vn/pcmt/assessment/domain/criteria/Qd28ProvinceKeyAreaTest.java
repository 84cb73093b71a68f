package vn.pcmt.assessment.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcmt.assessment.domain.criteria.Facts.criterion;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;

/** QĐ 28/2025 Art. 5 for a province of 100,000 people and 100 communes: each criterion on both sides, and 4 vs 3 of 6. */
class Qd28ProvinceKeyAreaTest {

    private final CriteriaSet keyArea = CriteriaSet.of(CriteriaSetId.QD28_2025_PROVINCE_KEY_AREA);

    @ParameterizedTest(name = "users {0}, points {1}, arrested {2}, key communes {3}, plants {4}/{5} m², route {6} → {7} met")
    @CsvSource({
            "200, 5, 50, 3, 8000, 0, true, 6",
            "199, 4, 49, 2, 7999, 1999.99, false, 0",
            "200, 0, 0, 0, 0, 0, false, 1",
            "0, 5, 0, 0, 0, 0, false, 1",
            "0, 0, 50, 0, 0, 0, false, 1",
            "0, 0, 0, 3, 0, 0, false, 1",
            "0, 0, 0, 0, 8000, 0, false, 1",
            "0, 0, 0, 0, 0, 2000, false, 1",
            "0, 0, 0, 0, 0, 0, true, 1"})
    void givenMeasures_whenAppraised_thenEachCriterionOnItsThreshold(int users, int points, int arrested, int keyCommunes,
                                                                     long plants, BigDecimal m2, boolean onRoute, long met) {
        AppraisalResult appraisal = keyArea.appraise(province(users, points, arrested, keyCommunes, plants, m2, onRoute));

        assertThat(appraisal.passed()).isEqualTo(met);
        assertThat(appraisal.criteria()).hasSize(6);
    }

    @ParameterizedTest(name = "{0} criteria met → {1}")
    @CsvSource({"4, KEY_AREA", "3, NOT_KEY_AREA", "6, KEY_AREA"})
    void givenCriteriaMet_whenAppraised_thenKeyAreaFromFourOfSix(int met, String outcome) {
        // the first criteria met in the order users, points, arrested, key communes, plants, route
        AreaFacts facts = province(met >= 1 ? 200 : 0, met >= 2 ? 5 : 0, met >= 3 ? 50 : 0, met >= 4 ? 3 : 0,
                met >= 5 ? 8000 : 0, BigDecimal.ZERO, met >= 6);

        assertThat(keyArea.appraise(facts).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} of {1} communes key → {2}")
    @CsvSource({"3, 100, true", "2, 100, false", "0, 0, false"})
    void givenKeyCommunes_whenAppraised_thenThreePercentOfCommunes(int key, int communes, boolean passed) {
        Facts facts = new Facts();
        facts.keyCommunes = key;
        facts.communes = communes;

        assertThat(criterion(keyArea.appraise(facts.build()), "ART5_KEY_COMMUNES").passed()).isEqualTo(passed);
    }

    private static AreaFacts province(int users, int points, int arrested, int keyCommunes, long plants, BigDecimal m2,
                                      boolean onRoute) {
        Facts facts = new Facts().persons(users, Category.ADDICT, Treatment.NONE, 1);
        facts.population = 100_000;
        facts.communes = 100;
        facts.drugUsePoints = points;
        facts.arrestedResidents = arrested;
        facts.keyCommunes = keyCommunes;
        facts.plantsDestroyed = plants;
        facts.areaM2Destroyed = m2;
        facts.onRoute = onRoute;
        return facts.build();
    }
}
