package vn.pcmt.assessment.domain;

import java.time.LocalDate;

/** A drug-prevention model of an area (mô hình phòng, chống ma túy): its name, since when, and whether it works. */
public record PreventionModel(String name, LocalDate since, boolean effective) {
}
