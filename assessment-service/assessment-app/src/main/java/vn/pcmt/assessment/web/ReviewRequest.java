package vn.pcmt.assessment.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** {@code POST /api/appraisals/{id}/reviews}. */
public record ReviewRequest(
        @NotNull @PastOrPresent LocalDate reviewedOn,
        @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> members,
        @PositiveOrZero int votesFor,
        @PositiveOrZero int votesAgainst,
        @Size(max = 8000) String minutes) {
}
