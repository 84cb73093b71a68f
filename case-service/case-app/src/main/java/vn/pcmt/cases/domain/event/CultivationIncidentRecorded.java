package vn.pcmt.cases.domain.event;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.cases.domain.PlantKind;

@Revision("1")
public record CultivationIncidentRecorded(String incidentId, PlantKind plantKind, String communeCode, String villageCode,
                                          int plants, BigDecimal areaM2, LocalDate destroyedOn) {
}
