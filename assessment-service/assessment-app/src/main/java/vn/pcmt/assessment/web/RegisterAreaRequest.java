package vn.pcmt.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/areas}. Codes are the administrative unit codes (digits), or local codes for villages. */
public record RegisterAreaRequest(
        @NotBlank @AreaCode String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull AreaLevel level,
        @AreaCode String parentCode) {
}
