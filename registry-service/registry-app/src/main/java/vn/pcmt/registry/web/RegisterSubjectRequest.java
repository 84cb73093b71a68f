package vn.pcmt.registry.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.FoundBy;
import vn.pcmt.registry.domain.Sex;

/**
 * {@code POST /api/subjects}; without {@code nationalId}, {@code nationalIdMissingReason} says why (e.g. not issued
 * yet, documents lost); {@code confirmedDistinct}: the officer checked the namesakes and this is someone else.
 */
public record RegisterSubjectRequest(
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Sex sex,
        @Pattern(regexp = "^\\d{12}$", message = "Số CCCD gồm đúng 12 chữ số.") String nationalId,
        @Size(max = 500) String nationalIdMissingReason,
        @NotNull @Valid ResidenceRequest residence,
        @NotNull Category category,
        @NotNull FoundBy foundBy,
        @NotNull @PastOrPresent LocalDate foundOn,
        Boolean confirmedDistinct) {

    public record ResidenceRequest(
            @NotBlank @AreaCode String communeCode,
            @NotBlank @AreaCode String villageCode,
            @Size(max = 500) String address) {
    }
}
