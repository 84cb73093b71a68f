package vn.pcmt.assessment.domain.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.pcmt.assessment.domain.criteria.PersonFact.Category;
import vn.pcmt.assessment.domain.criteria.PersonFact.Treatment;

/** Area facts for tests: a clean area of 10,000 people on 10/12/2026 unless a test says otherwise. */
final class Facts {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 10);

    long population = 10_000;
    boolean onRoute;
    final List<PersonFact> persons = new ArrayList<>();
    int drugUsePoints;
    int activeHotspots;
    int activeGangs;
    int cultivationOrProductionSites;
    int arrestedResidents;
    int residentOffenders;
    int residentOffendersAtLarge;
    int unhandledViolators;
    int wantedHiding;
    long plantsDestroyed;
    BigDecimal areaM2Destroyed = BigDecimal.ZERO;
    int seriousIncidentsByResidents;
    Integer baselineUsers = 5;
    long households = 100;
    long householdsCommitted = 100;
    int effectivePreventionModels = 1;
    int keyCommunes;
    int communes;

    /** {@code count} persons of {@code category} in the community, treated as given, negative {@code daysAgo} days before. */
    Facts persons(int count, Category category, Treatment treatment, int daysAgo) {
        for (int i = 0; i < count; i++) {
            persons.add(new PersonFact(category + "-" + persons.size(), category, true, treatment, false, true,
                    AS_OF.minusDays(daysAgo), true, true));
        }
        return this;
    }

    Facts person(PersonFact person) {
        persons.add(person);
        return this;
    }

    AreaFacts build() {
        return new AreaFacts("17167", AS_OF, population, onRoute, persons, new CaseCounts(drugUsePoints, activeHotspots, activeGangs,
                cultivationOrProductionSites, arrestedResidents, residentOffenders, residentOffendersAtLarge, unhandledViolators,
                wantedHiding, plantsDestroyed, areaM2Destroyed, seriousIncidentsByResidents), baselineUsers, households,
                householdsCommitted, effectivePreventionModels, keyCommunes, communes);
    }

    static CriterionResult criterion(AppraisalResult appraisal, String code) {
        return appraisal.criteria().stream().filter(c -> c.id().equals(code)).findFirst().orElseThrow();
    }
}
