package vn.pcmt.assessment.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pcmt.assessment.domain.criteria.Facts.criterion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;

/** QĐ 28/2025 Art. 6 and its exemptions. */
class Qd28DrugFreeTest {

    private final CriteriaSet drugFree = CriteriaSet.of(CriteriaSetId.QD28_2025_DRUG_FREE);

    @Test
    void givenCleanArea_whenAppraised_thenDrugFreeWithEveryCriterionListed() {
        AppraisalResult appraisal = drugFree.appraise(new Facts().build());

        assertThat(appraisal.outcome()).isEqualTo("DRUG_FREE");
        assertThat(appraisal.criteria()).extracting(CriterionResult::id).containsExactly("ART6_1", "ART6_2", "ART6_3");
        assertThat(appraisal.criteria()).allMatch(c -> !c.text().isBlank() && !c.explanation().isBlank());
    }

    @ParameterizedTest(name = "{0} in community {1} on {2} → drug-free {3}")
    @CsvSource({
            "ADDICT, true, NONE, false",
            "ADDICT, true, SUBSTITUTION, true",
            "ADDICT, true, VOLUNTARY_HOME, true",
            "ADDICT, true, VOLUNTARY_COMMUNITY, true",
            "ADDICT, false, VOLUNTARY_FACILITY, true",
            "ADDICT, false, COMPULSORY, true",
            "ILLEGAL_USER, true, NONE, false",
            "ILLEGAL_USER, true, SUBSTITUTION, true",
            "POST_REHAB, true, NONE, true",
            "SUSPECTED, true, NONE, true"})
    void givenOneResident_whenAppraised_thenOnlyUnexemptUsersInTheCommunityCount(Category category, boolean inCommunity,
                                                                                Treatment treatment, boolean drugFreeExpected) {
        Facts facts = new Facts().person(new PersonFact("s-1", category, inCommunity, treatment, false, true, Facts.AS_OF, true, true));

        AppraisalResult appraisal = drugFree.appraise(facts.build());

        assertThat(criterion(appraisal, "ART6_1").passed()).isEqualTo(drugFreeExpected);
        assertThat(appraisal.outcome()).isEqualTo(drugFreeExpected ? "DRUG_FREE" : "NOT_DRUG_FREE");
    }

    @ParameterizedTest(name = "offenders {0}, wanted {1}, points {2} → drug-free {3}")
    @CsvSource({"0, 0, 0, true", "1, 0, 0, false", "0, 1, 0, false", "0, 0, 1, false"})
    void givenOffendersWantedOrPoints_whenAppraised_thenAnyOneBreaksIt(int offenders, int wanted, int points, boolean expected) {
        Facts facts = new Facts();
        facts.residentOffenders = offenders;
        facts.wantedHiding = wanted;
        facts.drugUsePoints = points;

        assertThat(drugFree.appraise(facts.build()).outcome()).isEqualTo(expected ? "DRUG_FREE" : "NOT_DRUG_FREE");
    }

    @Test
    void givenSameFacts_whenAppraisedAgain_thenTheSameAnswer() {
        Facts facts = new Facts().persons(2, Category.ADDICT, Treatment.NONE, 3);

        assertThat(drugFree.appraise(facts.build())).isEqualTo(drugFree.appraise(facts.build()));
        assertThat(criterion(drugFree.appraise(facts.build()), "ART6_1").facts().get("counted")).asList()
                .containsExactly("ADDICT-0", "ADDICT-1");
    }
}
