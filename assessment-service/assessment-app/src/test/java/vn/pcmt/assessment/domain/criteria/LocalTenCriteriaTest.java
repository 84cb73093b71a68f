package vn.pcmt.assessment.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcmt.assessment.domain.criteria.Facts.criterion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;

/** Seed 002's ten criteria, each on both sides. */
class LocalTenCriteriaTest {

    private final CriteriaSet local = CriteriaSet.of(CriteriaSetId.LOCAL_10);

    @Test
    void givenCleanRegisteredArea_whenAppraised_thenAllTenPass() {
        Facts facts = new Facts().persons(2, Category.ADDICT, Treatment.VOLUNTARY_HOME, 5);

        AppraisalResult appraisal = local.appraise(facts.build());

        assertThat(appraisal.outcome()).isEqualTo("DRUG_FREE");
        assertThat(appraisal.criteria()).hasSize(10).allMatch(CriterionResult::passed);
    }

    @ParameterizedTest(name = "{0} addicts in the community → criterion 1: {1}")
    @CsvSource({"9, true", "10, false"})
    void givenAddicts_whenAppraised_thenFewerThanTen(int addicts, boolean passed) {
        Facts facts = new Facts().persons(addicts, Category.ADDICT, Treatment.SUBSTITUTION, 1);
        facts.baselineUsers = 20;

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_1").passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "negative {0} days before → criteria 1 and 2: {1}")
    @CsvSource({"30, true", "31, false"})
    void givenLatestNegativeTest_whenAppraised_thenWithinThirtyDays(int daysAgo, boolean passed) {
        Facts facts = new Facts().persons(1, Category.ADDICT, Treatment.SUBSTITUTION, daysAgo)
                .persons(1, Category.ILLEGAL_USER, Treatment.NONE, daysAgo);

        AppraisalResult appraisal = local.appraise(facts.build());

        assertThat(criterion(appraisal, "LOCAL_1").passed()).isEqualTo(passed);
        assertThat(criterion(appraisal, "LOCAL_2").passed()).isEqualTo(passed);
    }

    @Test
    void givenAddictWithoutTreatment_whenAppraised_thenCriterionOneFailsNamingThem() {
        Facts facts = new Facts().persons(1, Category.ADDICT, Treatment.NONE, 1);

        CriterionResult first = criterion(local.appraise(facts.build()), "LOCAL_1");

        assertThat(first.passed()).isFalse();
        assertThat(first.facts().get("untreated")).asList().containsExactly("ADDICT-0");
    }

    @Test
    void givenPositiveLatestTest_whenAppraised_thenNotNegative() {
        Facts facts = new Facts().person(new PersonFact("u-1", Category.ILLEGAL_USER, true, Treatment.NONE, false, true,
                Facts.AS_OF.minusDays(2), false, false));

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_2").passed()).isFalse();
    }

    @Test
    void givenUnwatchedPersonWithPsychosisSigns_whenAppraised_thenCriterionTwoFails() {
        Facts facts = new Facts().person(new PersonFact("p-1", Category.SUSPECTED, true, Treatment.NONE, true, false,
                Facts.AS_OF.minusDays(2), true, false));

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_2").passed()).isFalse();
    }

    @ParameterizedTest(name = "suspected tested {0} → criterion 3: {0}")
    @CsvSource({"true", "false"})
    void givenSuspectedPerson_whenAppraised_thenTested(boolean tested) {
        Facts facts = new Facts().person(new PersonFact("s-1", Category.SUSPECTED, true, Treatment.NONE, false, false,
                tested ? Facts.AS_OF.minusDays(100) : null, true, false));

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_3").passed()).isEqualTo(tested);
    }

    @ParameterizedTest(name = "{0} users against a baseline of {1} → criterion 4: {2}")
    @CsvSource(value = {"4, 5, true", "5, 5, false", "6, 5, false", "0, 0, true", "0, null, false"}, nullValues = "null")
    void givenBaseline_whenAppraised_thenFallenSinceRegistration(int users, Integer baseline, boolean passed) {
        Facts facts = new Facts().persons(users, Category.ILLEGAL_USER, Treatment.NONE, 1);
        facts.baselineUsers = baseline;

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_4").passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "post-rehab tested {0} days before, supported {1} → criterion 5: {2}")
    @CsvSource({"90, true, true", "91, true, false", "10, false, false"})
    void givenPostRehabPerson_whenAppraised_thenTestedWithinAQuarterAndSupported(int daysAgo, boolean supported, boolean passed) {
        Facts facts = new Facts().person(new PersonFact("r-1", Category.POST_REHAB, true, Treatment.NONE, false, true,
                Facts.AS_OF.minusDays(daysAgo), true, supported));

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_5").passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "hotspots {0}, gangs {1}, sites {2} → criterion 6: {3}")
    @CsvSource({"0, 0, 0, true", "1, 0, 0, false", "0, 1, 0, false", "0, 0, 1, false"})
    void givenHotspotsGangsOrSites_whenAppraised_thenNoneAllowed(int hotspots, int gangs, int sites, boolean passed) {
        Facts facts = new Facts();
        facts.activeHotspots = hotspots;
        facts.activeGangs = gangs;
        facts.cultivationOrProductionSites = sites;

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_6").passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "unhandled {0}, at large {1}, wanted {2} → criterion 7: {3}")
    @CsvSource({"0, 0, 0, true", "1, 0, 0, false", "0, 1, 0, false", "0, 0, 1, false"})
    void givenViolatorsAndFugitives_whenAppraised_thenAllHandledAndCaught(int unhandled, int atLarge, int wanted, boolean passed) {
        Facts facts = new Facts();
        facts.unhandledViolators = unhandled;
        facts.residentOffendersAtLarge = atLarge;
        facts.wantedHiding = wanted;

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_7").passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "{0} serious incidents → criterion 8: {1}")
    @CsvSource({"0, true", "1, false"})
    void givenSeriousIncidents_whenAppraised_thenNone(int incidents, boolean passed) {
        Facts facts = new Facts();
        facts.seriousIncidentsByResidents = incidents;

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_8").passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "{0} of {1} households committed → criterion 9: {2}")
    @CsvSource({"100, 100, true", "99, 100, false", "0, 0, false"})
    void givenHouseholdsCommitted_whenAppraised_thenAll(long committed, long households, boolean passed) {
        Facts facts = new Facts();
        facts.householdsCommitted = committed;
        facts.households = households;

        assertThat(criterion(local.appraise(facts.build()), "LOCAL_9").passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "{0} effective models → criterion 10: {1}")
    @CsvSource({"1, true", "0, false"})
    void givenPreventionModels_whenAppraised_thenAtLeastOne(int models, boolean passed) {
        Facts facts = new Facts();
        facts.effectivePreventionModels = models;

        AppraisalResult appraisal = local.appraise(facts.build());

        assertThat(criterion(appraisal, "LOCAL_10").passed()).isEqualTo(passed);
        assertThat(appraisal.outcome()).isEqualTo(passed ? "DRUG_FREE" : "NOT_DRUG_FREE");
    }
}
