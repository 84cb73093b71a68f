package vn.pcmt.cases.query.drugcase;

import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.KnownRecords;
import vn.pcmt.cases.query.hotspot.HotspotRepository;
import vn.pcmt.cases.query.tip.TipRepository;

/** From this service's read models, which are kept in the command's thread. */
@Component
class KnownRecordsLookup implements KnownRecords {

    private final CaseRepository cases;
    private final HotspotRepository hotspots;
    private final TipRepository tips;

    KnownRecordsLookup(CaseRepository cases, HotspotRepository hotspots, TipRepository tips) {
        this.cases = cases;
        this.hotspots = hotspots;
        this.tips = tips;
    }

    @Override
    public boolean caseExists(String caseId) {
        return cases.existsById(caseId);
    }

    @Override
    public boolean hotspotExists(String hotspotId) {
        return hotspots.existsById(hotspotId);
    }

    @Override
    public boolean tipExists(String tipId) {
        return tips.existsById(tipId);
    }
}
