package vn.pcmt.cases.web;

import java.time.LocalDate;

import vn.pcmt.cases.domain.CaseKind;
import vn.pcmt.cases.domain.CaseStage;
import vn.pcmt.cases.domain.ClosureReason;
import vn.pcmt.cases.query.drugcase.CaseDocument;

/** A case in a list: where it stands and how many persons, arrests and seizures, but nobody's name or identity. */
public record CaseSummary(
        String caseId,
        CaseKind kind,
        String article,
        String communeCode,
        String villageCode,
        LocalDate openedOn,
        CaseStage stage,
        LocalDate stageOn,
        boolean mobileTrial,
        ClosureReason closureReason,
        int persons,
        int arrests,
        int seizures,
        long version) {

    static CaseSummary of(CaseDocument found) {
        return new CaseSummary(found.caseId(), found.kind(), found.article(), found.communeCode(), found.villageCode(),
                found.openedOn(), found.stage(), found.stageOn(), found.mobileTrial(), found.closureReason(), found.persons().size(),
                found.arrests().size(), found.seizures().size(), found.version());
    }
}
