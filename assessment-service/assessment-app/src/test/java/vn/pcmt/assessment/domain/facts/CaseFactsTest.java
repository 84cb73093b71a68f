package vn.pcmt.assessment.domain.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.assessment.domain.criteria.CaseCounts;
import vn.pcmt.assessment.domain.facts.CaseFact.Kind;

/** Case-service's facts folded to an area's counts on a date, for the period 15/12/2025 – 14/12/2026. */
class CaseFactsTest {

    private static final ProgrammeYear YEAR = new ProgrammeYear(2026);
    private final List<CaseFact> facts = new ArrayList<>();

    private CaseFact fact(Kind kind, String aggregate, long version, String on) {
        return CaseFact.of(aggregate + "/" + version + "/" + kind + "/" + facts.size(), kind, aggregate, version, LocalDate.parse(on));
    }

    private CaseCounts on(String date, String area) {
        return CaseFacts.fold(facts, area, YEAR, LocalDate.parse(date), Set.of("s-9"));
    }

    @ParameterizedTest(name = "as of {0} in {1} → {2} points, {3} hotspots")
    @CsvSource({"2026-02-09, 17167, 0, 0", "2026-02-10, 17167, 1, 2", "2026-02-10, 17167-02, 1, 1", "2026-02-10, 17170, 0, 0",
            "2026-03-14, 17167, 1, 2", "2026-03-15, 17167, 0, 1", "2026-05-01, 17167, 1, 2"})
    void givenHotspots_whenFolded_thenActiveOnesOnTheDayAndDrugUsePointsAmongThem(String date, String area, int points, int hotspots) {
        facts.add(fact(Kind.HOTSPOT_IDENTIFIED, "h-1", 0, "2026-02-10").at("17167", "17167-02").flag(true));
        facts.add(fact(Kind.HOTSPOT_STAGE, "h-1", 1, "2026-03-15").flag(false)); // eliminated
        facts.add(fact(Kind.HOTSPOT_STAGE, "h-1", 2, "2026-05-01").flag(true));  // re-emerged
        facts.add(fact(Kind.HOTSPOT_IDENTIFIED, "h-2", 0, "2026-02-10").at("17167", "17167-05").flag(false)); // a retail point

        CaseCounts counts = on(date, area);

        assertThat(counts.drugUsePoints()).isEqualTo(points);
        assertThat(counts.activeHotspots()).isEqualTo(hotspots);
    }

    @ParameterizedTest(name = "arrest on {0} → counted {1}")
    @CsvSource({"2025-12-14, 0", "2025-12-15, 1"})
    void givenArrestOfAResident_whenFolded_thenCountedWhereTheyLiveWithinThePeriod(String arrestedOn, int counted) {
        facts.add(fact(Kind.CASE_OPENED, "c-1", 0, "2025-12-01").at("17170", null).detail("CRIMINAL:249"));
        facts.add(fact(Kind.OFFENDER, "c-1", 0, "2025-12-01").at("17170", null).person("p-1", "17167", "17167-02"));
        facts.add(fact(Kind.ARREST, "c-1", 1, arrestedOn).person("p-1", "17167", "17167-02"));

        assertThat(on("2026-06-01", "17167").arrestedResidents()).isEqualTo(counted);
        assertThat(on("2026-06-01", "17170").arrestedResidents()).isZero(); // the case's commune is not where they live
    }

    @Test
    void givenResidentOffenders_whenFolded_thenAtLargeUntilArrestedAndUnhandledUntilTheCaseMoves() {
        facts.add(fact(Kind.CASE_OPENED, "c-1", 0, "2026-03-02").at("17167", null).detail("CRIMINAL:251"));
        facts.add(fact(Kind.OFFENDER, "c-1", 0, "2026-03-02").person("p-1", "17167", null));
        facts.add(fact(Kind.OFFENDER, "c-1", 0, "2026-03-02").person("p-2", "17167", null));
        facts.add(fact(Kind.ARREST, "c-1", 1, "2026-03-03").person("p-1", "17167", null));
        facts.add(fact(Kind.CASE_STAGE, "c-1", 2, "2026-03-10").detail("PROSECUTED"));

        CaseCounts before = on("2026-03-02", "17167");
        CaseCounts after = on("2026-03-10", "17167");

        assertThat(before.residentOffenders()).isEqualTo(2);
        assertThat(before.residentOffendersAtLarge()).isEqualTo(2);
        assertThat(before.unhandledViolators()).isEqualTo(2);
        assertThat(after.residentOffendersAtLarge()).isEqualTo(1);
        assertThat(after.unhandledViolators()).isZero();
    }

    @Test
    void givenAdministrativeViolator_whenFolded_thenNeverAtLarge() {
        facts.add(fact(Kind.CASE_OPENED, "c-2", 0, "2026-04-01").at("17167", null).detail("ADMINISTRATIVE:"));
        facts.add(fact(Kind.OFFENDER, "c-2", 0, "2026-04-01").person("p-3", "17167", null));

        CaseCounts counts = on("2026-04-02", "17167");

        assertThat(counts.residentOffenders()).isEqualTo(1);
        assertThat(counts.residentOffendersAtLarge()).isZero();
        assertThat(counts.unhandledViolators()).isEqualTo(1);
    }

    @ParameterizedTest(name = "as of {0}: hiding in 17167 {1}, in 17170 {2}")
    @CsvSource({"2026-01-12, 1, 0", "2026-03-03, 0, 1", "2026-04-18, 0, 0"})
    void givenWantedPersonWhoMovedThenWasCaught_whenFolded_thenHidingWhereLastSeenUntilCaught(String date, int here, int there) {
        facts.add(fact(Kind.WANTED, "w-1", 0, "2026-01-12").at("17167", "17167-02"));
        facts.add(fact(Kind.HIDING_PLACE, "w-1", 1, "2026-03-03").at("17170", null));
        facts.add(fact(Kind.CAPTURED, "w-1", 2, "2026-04-18"));

        assertThat(on(date, "17167").wantedHiding()).isEqualTo(here);
        assertThat(on(date, "17170").wantedHiding()).isEqualTo(there);
    }

    @Test
    void givenCultivationGangsAndProduction_whenFolded_thenSitesPlantsAndActiveGangs() {
        facts.add(fact(Kind.CULTIVATION, "k-1", 0, "2026-02-20").at("17167", "17167-02").destroyed(1250, new BigDecimal("312.5")));
        facts.add(fact(Kind.CULTIVATION, "k-2", 0, "2025-11-20").at("17167", "17167-02").destroyed(99, BigDecimal.ONE)); // last period
        facts.add(fact(Kind.GANG_IDENTIFIED, "g-1", 0, "2026-01-20").at("17167", null).detail("TRAFFICKING"));
        facts.add(fact(Kind.GANG_DISMANTLED, "g-1", 1, "2026-06-30"));
        facts.add(fact(Kind.CASE_OPENED, "c-3", 0, "2026-05-05").at("17167", null).detail("CRIMINAL:248"));

        CaseCounts june = on("2026-06-29", "17167");
        CaseCounts july = on("2026-07-01", "17167");

        assertThat(june.plantsDestroyed()).isEqualTo(1250);
        assertThat(june.areaM2Destroyed()).isEqualByComparingTo("312.5");
        assertThat(june.cultivationOrProductionSites()).isEqualTo(2); // the cultivation and the production case
        assertThat(june.activeGangs()).isEqualTo(1);
        assertThat(july.activeGangs()).isZero();
    }

    @ParameterizedTest(name = "breaks criterion 8 {0}, resident of {1} → {2}")
    @CsvSource({"true, 17167, 1", "false, 17167, 0", "true, 17170, 0"})
    void givenSeriousIncident_whenFolded_thenOnlyVeryOrEspeciallySeriousByResidents(boolean breaks, String residence, int counted) {
        facts.add(fact(Kind.SERIOUS_INCIDENT, "i-1", 0, "2026-08-14").at("17167", null).person(null, residence, null).flag(breaks));

        assertThat(on("2026-09-01", "17167").seriousIncidentsByResidents()).isEqualTo(counted);
    }

    @Test
    void givenNamedOffenderLinkedToASubjectLivingHere_whenFolded_thenAResidentOffenderFromTheLink() {
        facts.add(fact(Kind.CASE_OPENED, "c-4", 0, "2026-03-02").at("17170", null).detail("CRIMINAL:249"));
        facts.add(fact(Kind.OFFENDER, "c-4", 0, "2026-03-02").person("p-1", "17170", null));
        facts.add(fact(Kind.OFFENDER_LINKED, "c-4", 1, "2026-03-06").person("p-1", "17167", "17167-02"));

        assertThat(on("2026-03-05", "17167").residentOffenders()).isZero();
        assertThat(on("2026-03-06", "17167").residentOffendersAtLarge()).isEqualTo(1);
        assertThat(on("2026-03-06", "17170").residentOffenders()).isZero();
    }

    @Test
    void givenOffenderFromBeforeThePeriodStillAtLarge_whenFolded_thenAtLargeThoughNotAnOffenderOfThePeriod() {
        facts.add(fact(Kind.CASE_OPENED, "c-5", 0, "2025-10-01").at("17167", null).detail("CRIMINAL:251"));
        facts.add(fact(Kind.OFFENDER, "c-5", 0, "2025-10-01").person("p-1", "17167", null));

        CaseCounts counts = on("2026-05-01", "17167");

        assertThat(counts.residentOffenders()).isZero();
        assertThat(counts.residentOffendersAtLarge()).isEqualTo(1);
        assertThat(counts.unhandledViolators()).isEqualTo(1);
    }

    @ParameterizedTest(name = "arrested {0}, appraised {1} → counted {2}")
    @CsvSource({"2026-12-14, 2026-12-18, 1", "2026-12-16, 2026-12-18, 0"})
    void givenAppraisalPhase_whenFolded_thenHappeningsAfterTheYearsLastDayBelongToTheNext(String arrestedOn, String asOf, int counted) {
        facts.add(fact(Kind.CASE_OPENED, "c-6", 0, "2026-12-01").at("17167", null).detail("CRIMINAL:249"));
        facts.add(fact(Kind.OFFENDER, "c-6", 0, "2026-12-01").person("p-1", "17167", null));
        facts.add(fact(Kind.ARREST, "c-6", 1, arrestedOn).person("p-1", "17167", null));

        assertThat(on(asOf, "17167").arrestedResidents()).isEqualTo(counted);
    }

    @ParameterizedTest(name = "incident by subject {0} → counted here {1}")
    @CsvSource({"s-9, 1", "s-8, 0"})
    void givenIncidentByASubject_whenFoldedForAVillage_thenCountedWhereTheSubjectLives(String subject, int counted) {
        facts.add(fact(Kind.SERIOUS_INCIDENT, "i-2", 0, "2026-08-14").at("17170", null).person(subject, "17167", null).flag(true));

        assertThat(on("2026-09-01", "17167-02").seriousIncidentsByResidents()).isEqualTo(counted);
    }
}
