package vn.pcmt.cases.domain.event;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.QuantityUnit;
import vn.pcmt.cases.domain.SeizedSubstance;

@Revision("1")
public record SeizureRecorded(String caseId, String seizureId, String communeCode, SeizedSubstance substance, BigDecimal quantity,
                              QuantityUnit unit, LocalDate seizedOn) {
}
