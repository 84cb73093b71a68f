package vn.pcmt.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.assessment.domain.AreaLevel;

/** {@code POST /api/areas}. Codes are the administrative unit codes (digits), or local codes for villages. */
public record RegisterAreaRequest(
        @NotBlank @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull AreaLevel level,
        @Pattern(regexp = AreaCodes.PATTERN, message = AreaCodes.MESSAGE) String parentCode) {
}
