package vn.pcmt.reporting.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pcmt.reporting.domain.statistics.CaseEntry.Kind;

class CaseFlowsTest {

    static final Instant RECORDED = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant LATE = Instant.parse("2026-08-01T00:00:00Z");

    static final Predicate<CaseEntry> IN_17167 = fact -> "17167".equals(fact.communeCode());

    /**
     * In 17167: a hotspot in village 01 found 10/1, eliminated 10/3, back 10/5; an Art. 256a case in village 02 20/2; an
     * arrest 20/2 (recorded late) of someone living in village 01; plants destroyed in village 02 1/6.
     */
    static final List<CaseEntry> FACTS = List.of(
            new CaseEntry(Kind.HOTSPOT_IDENTIFIED, "h-1", LocalDate.of(2026, 1, 10), RECORDED, "17167", "17167-01", "IDENTIFIED", true, 0, null),
            new CaseEntry(Kind.HOTSPOT_STAGE, "h-1", LocalDate.of(2026, 3, 10), RECORDED, "17167", "17167-01", "ELIMINATED", false, 0, null),
            new CaseEntry(Kind.HOTSPOT_STAGE, "h-1", LocalDate.of(2026, 5, 10), RECORDED, "17167", "17167-01", "RE_EMERGED", true, 0, null),
            new CaseEntry(Kind.CASE_OPENED, "c-1", LocalDate.of(2026, 2, 20), RECORDED, "17167", "17167-02", "256a", false, 0, null),
            new CaseEntry(Kind.CASE_OPENED, "c-2", LocalDate.of(2026, 2, 21), RECORDED, "17170", "17170-01", "249", false, 0, null),
            new CaseEntry(Kind.ARREST, "a-1", LocalDate.of(2026, 2, 20), LATE, "17167", "17167-01", "CAUGHT_IN_ACT", false, 0, null),
            new CaseEntry(Kind.CULTIVATION_DESTROYED, "k-1", LocalDate.of(2026, 6, 1), RECORDED, "17167", "17167-02", "CANNABIS", false, 120,
                    new BigDecimal("35.5")));

    @ParameterizedTest(name = "{0}..{1} known {2}: found {3}, eliminated {4}, back {5}, active {6}, 256a {7}, arrests {8}, plants {9}")
    @CsvSource(nullValues = "-", value = {
            "2026-01-01, 2026-01-09, -,                    0, 0, 0, 0, 0, 0, 0",
            "2026-01-10, 2026-03-09, -,                    1, 0, 0, 1, 1, 1, 0",
            "2026-01-10, 2026-03-10, -,                    1, 1, 0, 0, 1, 1, 0",
            "2026-03-11, 2026-05-09, -,                    0, 0, 0, 0, 0, 0, 0",
            "2026-03-11, 2026-05-10, -,                    0, 0, 1, 1, 0, 0, 0",
            "2026-06-01, 2026-06-01, -,                    0, 0, 0, 1, 0, 0, 120",
            "2026-01-01, 2026-03-31, 2026-07-31T00:00:00Z, 1, 1, 0, 0, 1, 0, 0",
    })
    void givenFacts_whenCountedForAPeriod_thenOnlyThoseOfItsDaysInTheArea(LocalDate from, LocalDate to, Instant knownAt, long identified,
                                                                         long eliminated, long reEmerged, long active, long art256a,
                                                                         long arrests, long plants) {
        CaseFlows flows = CaseFlows.of(FACTS, new ReportingPeriod("p", from, to), to, knownAt, IN_17167);

        assertThat(flows.hotspotsIdentified()).isEqualTo(identified);
        assertThat(flows.hotspotsEliminated()).isEqualTo(eliminated);
        assertThat(flows.hotspotsReEmerged()).isEqualTo(reEmerged);
        assertThat(flows.hotspotsActiveAtEnd()).isEqualTo(active);
        assertThat(flows.article256aCases()).isEqualTo(art256a);
        assertThat(flows.casesByArticle()).doesNotContainKey("249"); // another commune's
        assertThat(flows.arrests()).isEqualTo(arrests);
        assertThat(flows.plantsDestroyed()).isEqualTo(plants);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}..{1}: existed {2}, inactive at the end {3}")
    @CsvSource({"2026-01-01, 2026-01-09, 0, 0", "2026-01-10, 2026-03-10, 1, 1", "2026-03-11, 2026-05-09, 0, 0",
            "2026-03-11, 2026-05-10, 1, 0", "2026-05-11, 2026-06-30, 1, 0"})
    void givenAHotspotEliminatedAndBack_whenAPeriodAsked_thenExistedIfActiveBeforeOrChangedInIt(LocalDate from, LocalDate to,
                                                                                              long existed, long inactive) {
        CaseFlows flows = CaseFlows.of(FACTS, new ReportingPeriod("p", from, to), to, null, IN_17167);

        assertThat(flows.hotspotsExisted()).isEqualTo(existed);
        assertThat(flows.hotspotsInactiveAtEnd()).isEqualTo(inactive);
    }

    @ParameterizedTest(name = "{0}..{1} known {2}")
    @CsvSource(nullValues = "-", value = {"2026-01-01, 2026-01-09, -", "2026-01-10, 2026-03-10, -", "2026-03-11, 2026-05-10, -",
            "2026-01-01, 2026-06-30, -", "2026-01-01, 2026-03-31, 2026-07-31T00:00:00Z", "2026-05-11, 2026-06-30, -"})
    void givenFacts_whenListedForAPeriod_thenEachFigureListsTheFactsItCounts(LocalDate from, LocalDate to, Instant knownAt) {
        ReportingPeriod period = new ReportingPeriod("p", from, to);
        CaseFlows flows = CaseFlows.of(FACTS, period, to, knownAt, IN_17167);
        var listed = CaseFlows.listed(FACTS, period, to, knownAt, IN_17167);

        assertThat(listed.get("hotspots.identified")).hasSize((int) flows.hotspotsIdentified());
        assertThat(listed.get("hotspots.eliminated")).hasSize((int) flows.hotspotsEliminated());
        assertThat(listed.get("hotspots.reEmerged")).hasSize((int) flows.hotspotsReEmerged());
        assertThat(listed.get("hotspots.active")).hasSize((int) flows.hotspotsActiveAtEnd()).allMatch(CaseEntry::active);
        assertThat(listed.get("hotspots.existed")).hasSize((int) flows.hotspotsExisted());
        assertThat(listed.get("cases.article256a")).hasSize((int) flows.article256aCases());
        flows.casesByArticle().forEach((article, count) -> assertThat(listed.get("cases.byArticle." + article)).hasSize(count.intValue()));
        assertThat(listed.get("arrests")).hasSize((int) flows.arrests());
        assertThat(listed.get("cultivation.plants").stream().mapToLong(CaseEntry::plants).sum()).isEqualTo(flows.plantsDestroyed());
        assertThat(listed.values().stream().flatMap(List::stream)).allMatch(fact -> fact.communeCode().equals("17167"))
                .allMatch(fact -> knownAt == null || !fact.recordedAt().isAfter(knownAt));
    }

    @ParameterizedTest(name = "{0}: hotspots found {1}, active {2}, 256a {3}, arrests {4}, plants {5}")
    @CsvSource({"17167-01, 1, 1, 0, 1, 0", "17167-02, 0, 0, 1, 0, 120", "17167-03, 0, 0, 0, 0, 0"})
    void givenFactsNamingVillages_whenCountedForAVillage_thenOnlyThoseNamingIt(String village, long identified, long active, long art256a,
                                                                             long arrests, long plants) {
        LocalDate to = LocalDate.of(2026, 6, 30);
        CaseFlows flows = CaseFlows.of(FACTS, new ReportingPeriod("p", LocalDate.of(2026, 1, 1), to), to, null,
                fact -> village.equals(fact.villageCode()));

        assertThat(flows.hotspotsIdentified()).isEqualTo(identified);
        assertThat(flows.hotspotsActiveAtEnd()).isEqualTo(active);
        assertThat(flows.article256aCases()).isEqualTo(art256a);
        assertThat(flows.arrests()).isEqualTo(arrests);
        assertThat(flows.plantsDestroyed()).isEqualTo(plants);
    }

    @Test
    void givenAFactNamingNoVillage_whenCounted_thenInItsCommuneAndInNoVillage() {
        List<CaseEntry> facts = new ArrayList<>(FACTS);
        facts.add(new CaseEntry(Kind.CASE_OPENED, "c-3", LocalDate.of(2026, 3, 1), RECORDED, "17167", null, "251", false, 0, null));
        LocalDate to = LocalDate.of(2026, 6, 30);
        ReportingPeriod period = new ReportingPeriod("p", LocalDate.of(2026, 1, 1), to);

        assertThat(CaseFlows.of(facts, period, to, null, IN_17167).casesByArticle()).containsEntry("251", 1L).containsEntry("256a", 1L);
        for (String village : List.of("17167-01", "17167-02")) {
            assertThat(CaseFlows.of(facts, period, to, null, fact -> village.equals(fact.villageCode())).casesByArticle())
                    .as(village).doesNotContainKey("251");
        }
    }

    @Test
    void givenAFigureName_whenLooked_thenTheReportsRowsAndAnyArticleKnownOthersNot() {
        var listed = CaseFlows.listed(FACTS, new ReportingPeriod("p", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                LocalDate.of(2026, 6, 30), null, IN_17167);

        assertThat(CaseFlows.facts("cases.byArticle.256a", listed)).hasValueSatisfying(facts -> assertThat(facts)
                .extracting(CaseEntry::reference).containsExactly("c-1"));
        assertThat(CaseFlows.facts("cases.byArticle.251", listed)).hasValue(List.of()); // an article nobody was charged under: 0
        assertThat(CaseFlows.facts("arrests", listed)).hasValueSatisfying(facts -> assertThat(facts).extracting(CaseEntry::reference)
                .containsExactly("a-1"));
        assertThat(CaseFlows.facts("cultivation.areaM2", listed)).hasValueSatisfying(facts -> assertThat(facts).hasSize(1));
        assertThat(CaseFlows.facts("hotspots.everything", listed)).isEmpty();
        assertThat(CaseFlows.facts("cases.byArticle.$where", listed)).isEmpty();
    }
}
