package vn.pcmt.assessment.query.casefacts;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.facts.CaseFact;

/** Keeps case-service's facts and answers, for an area, every fact of every hotspot, case, gang or person touching it. */
@Component
public class CaseFactLedger {

    private final CaseFactRepository facts;

    public CaseFactLedger(CaseFactRepository facts) {
        this.facts = facts;
    }

    /** Saving a fact again (a redelivery) leaves the same document. */
    public void record(List<CaseFact> published) {
        facts.saveAll(published.stream().map(fact -> new CaseFactDocument(fact.factId(), fact.aggregateId(), Stream.of(
                fact.communeCode(), fact.villageCode(), fact.residenceCommuneCode(), fact.residenceVillageCode())
                .filter(Objects::nonNull).distinct().toList(), fact)).toList());
    }

    /**
     * Facts placed in or naming a resident of the area known by {@code areaCodes}, with the rest of their aggregates (a
     * stage names no area).
     */
    public List<CaseFact> touching(Set<String> areaCodes) {
        Set<String> aggregates = facts.findByAreaCodesIn(areaCodes).stream().map(CaseFactDocument::aggregateId).collect(Collectors.toSet());
        if (aggregates.isEmpty()) {
            return List.of();
        }
        return facts.findByAggregateIdIn(aggregates).stream().map(CaseFactDocument::fact).toList();
    }
}
