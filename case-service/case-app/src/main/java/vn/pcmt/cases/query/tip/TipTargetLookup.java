package vn.pcmt.cases.query.tip;

import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.SubjectDirectory;
import vn.pcmt.cases.domain.TipOutcome;
import vn.pcmt.cases.domain.TipTargets;
import vn.pcmt.cases.query.drugcase.CaseRepository;
import vn.pcmt.cases.query.hotspot.HotspotRepository;

/** Cases and hotspots from this service's read models; subjects from the registry's copy. */
@Component
class TipTargetLookup implements TipTargets {

    private final CaseRepository cases;
    private final HotspotRepository hotspots;
    private final SubjectDirectory subjects;

    TipTargetLookup(CaseRepository cases, HotspotRepository hotspots, SubjectDirectory subjects) {
        this.cases = cases;
        this.hotspots = hotspots;
        this.subjects = subjects;
    }

    @Override
    public boolean exists(TipOutcome outcome, String referenceId) {
        return switch (outcome) {
            case CASE -> cases.existsById(referenceId);
            case HOTSPOT -> hotspots.existsById(referenceId);
            case SUBJECT -> subjects.residenceOf(referenceId).isPresent();
        };
    }
}
