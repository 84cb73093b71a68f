package vn.pcmt.cases.domain.command;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.cases.domain.CaseKind;
import vn.pcmt.cases.domain.CasePerson;

/**
 * Opens a case when its source is received: a crime under {@code article} (247–252, 255, 256, 256a) or an administrative
 * {@code violation}, in a commune (and village), with the persons known so far. {@code tipId}: the tip it came from.
 */
public record OpenCase(
        @TargetAggregateIdentifier String caseId,
        CaseKind kind,
        String article,
        String violation,
        String communeCode,
        String villageCode,
        LocalDate openedOn,
        String tipId,
        String summary,
        List<CasePerson> persons) {
}
