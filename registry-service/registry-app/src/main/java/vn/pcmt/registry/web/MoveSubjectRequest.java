package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/subjects/{id}/moves}; {@code reportedOn} defaults to today. */
public record MoveSubjectRequest(
        @NotBlank @AreaCode String toCommuneCode,
        @NotBlank @AreaCode String toVillageCode,
        @Size(max = 500) String address,
        @NotNull @PastOrPresent LocalDate movedOn,
        @PastOrPresent LocalDate reportedOn) {
}
