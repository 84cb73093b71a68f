package vn.pcmt.cases.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** {@code POST /api/gangs/{id}/members} ({@code member}, {@code on}) and {@code /dismantling} ({@code on}). */
public record GangStepRequest(@Valid GangMemberRequest member, @NotNull @PastOrPresent LocalDate on) {
}
