package vn.pcmt.cases.domain;

import java.util.Set;

/** The cases, hotspots and tips a fixture's aggregate may refer to. */
record FixedRecords(Set<String> cases, Set<String> hotspots, Set<String> tips) implements KnownRecords {

    static FixedRecords cases(String... caseIds) {
        return new FixedRecords(Set.of(caseIds), Set.of(), Set.of());
    }

    @Override
    public boolean caseExists(String caseId) {
        return cases.contains(caseId);
    }

    @Override
    public boolean hotspotExists(String hotspotId) {
        return hotspots.contains(hotspotId);
    }

    @Override
    public boolean tipExists(String tipId) {
        return tips.contains(tipId);
    }
}
