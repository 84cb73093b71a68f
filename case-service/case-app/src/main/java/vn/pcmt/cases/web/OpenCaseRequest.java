package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.CaseKind;
import vn.pcmt.platform.web.AreaCode;

/**
 * {@code POST /api/cases}: a criminal case under {@code article} (247–252, 255, 256, 256a) or an administrative
 * {@code violation}; {@code persons}: registry subjects or named persons.
 */
public record OpenCaseRequest(
        @NotNull CaseKind kind,
        @Pattern(regexp = "^\\d{3}a?$", message = "Điều luật gồm 3 chữ số, có thể thêm a.") String article,
        @Size(max = 500) String violation,
        @NotBlank @AreaCode String communeCode,
        @AreaCode String villageCode,
        @NotNull @PastOrPresent LocalDate openedOn,
        UUID tipId,
        @Size(max = 4000) String summary,
        @Size(max = 200) List<@Valid @NotNull CasePersonRequest> persons) {

    public List<CasePersonRequest> personsOrNone() {
        return persons == null ? List.of() : persons;
    }
}
