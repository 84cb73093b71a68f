package vn.pcmt.cases.domain.command;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.cases.domain.PlantKind;

/** Illegal cultivation found and destroyed: plants counted and area in m² (QĐ 28/2025, Art. 4–5 inputs). */
public record RecordCultivationIncident(
        @TargetAggregateIdentifier String incidentId,
        PlantKind plantKind,
        String communeCode,
        String villageCode,
        int plants,
        BigDecimal areaM2,
        LocalDate destroyedOn) {
}
