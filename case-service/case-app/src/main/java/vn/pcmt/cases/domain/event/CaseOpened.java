package vn.pcmt.cases.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.CaseKind;
import vn.pcmt.cases.domain.CasePerson;

/** A case opened at {@code SOURCE_RECEIVED}; each person linked to a subject carries the subject's residence that day. */
@Revision("1")
public record CaseOpened(String caseId, CaseKind kind, String article, String violation, String communeCode, String villageCode,
                         LocalDate openedOn, String tipId, String summary, List<CasePerson> persons) {
}
