package vn.pcmt.cases.query.cultivation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.cases.domain.PlantKind;

@Document("cultivation")
public record CultivationDocument(
        @Id String incidentId,
        PlantKind plantKind,
        @Indexed String communeCode,
        String villageCode,
        int plants,
        BigDecimal areaM2,
        LocalDate destroyedOn) {
}
