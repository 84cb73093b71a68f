package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** {@code POST .../{id}/erasure}: the record's retention ended; {@code reason} cites the decision or the retention rule. */
public record ErasePersonsRequest(
        @NotNull @PastOrPresent LocalDate erasedOn,
        @NotBlank @Size(max = 1000) String reason) {
}
