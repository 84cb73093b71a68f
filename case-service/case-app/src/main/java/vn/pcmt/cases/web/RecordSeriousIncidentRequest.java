package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.IncidentCause;
import vn.pcmt.cases.domain.IncidentSeverity;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/serious-incidents}. */
public record RecordSeriousIncidentRequest(
        @NotBlank @AreaCode String communeCode,
        @AreaCode String villageCode,
        @NotNull @PastOrPresent LocalDate occurredOn,
        @NotNull IncidentCause causedBy,
        UUID subjectId,
        @NotNull IncidentSeverity severity,
        @PositiveOrZero @Max(10000) int deaths,
        @PositiveOrZero @Max(10000) int injured,
        @NotBlank @Size(max = 4000) String description) {
}
