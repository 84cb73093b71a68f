package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.TipChannel;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/tips}: anonymous, or with the {@code tipster}. */
public record ReceiveTipRequest(
        @NotNull TipChannel channel,
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotBlank @AreaCode String communeCode,
        @AreaCode String villageCode,
        @NotBlank @Size(max = 8000) String content,
        boolean anonymous,
        @Valid TipsterRequest tipster) {
}
