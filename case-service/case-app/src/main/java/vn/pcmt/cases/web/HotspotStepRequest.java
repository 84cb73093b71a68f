package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The body of {@code /actions}, {@code /eliminations}, {@code /closures} and {@code /re-emergences}. */
public record HotspotStepRequest(
        @NotNull @PastOrPresent LocalDate on,
        @Size(max = 2000) String note) {
}
