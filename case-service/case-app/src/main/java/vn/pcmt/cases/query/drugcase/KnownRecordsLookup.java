package vn.pcmt.cases.query.drugcase;

import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.KnownRecords;
import vn.pcmt.cases.query.hotspot.HotspotRepository;

/** From this service's read models, which are kept in the command's thread. */
@Component
class KnownRecordsLookup implements KnownRecords {

    private final CaseRepository cases;
    private final HotspotRepository hotspots;

    KnownRecordsLookup(CaseRepository cases, HotspotRepository hotspots) {
        this.cases = cases;
        this.hotspots = hotspots;
    }

    @Override
    public boolean caseExists(String caseId) {
        return cases.existsById(caseId);
    }

    @Override
    public boolean hotspotExists(String hotspotId) {
        return hotspots.existsById(hotspotId);
    }
}
