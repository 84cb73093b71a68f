package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.HotspotKind;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/hotspots}. */
public record IdentifyHotspotRequest(
        @NotNull HotspotKind kind,
        @NotBlank @AreaCode String communeCode,
        @NotBlank @AreaCode String villageCode,
        @NotNull @PastOrPresent LocalDate identifiedOn,
        boolean suspected,
        @Size(max = 2000) String evidence) {
}
