package vn.pcmt.assessment.domain.facts;

import java.time.LocalDate;
import java.time.MonthDay;

/** QĐ 28/2025 Art. 7: the programme year Y runs from 15/12 of Y-1 to 14/12 of Y. */
public record ProgrammeYear(int year) {

    private static final MonthDay FIRST_DAY = MonthDay.of(12, 15);

    /** The programme year {@code date} falls in. */
    public static ProgrammeYear of(LocalDate date) {
        return new ProgrammeYear(MonthDay.from(date).isBefore(FIRST_DAY) ? date.getYear() : date.getYear() + 1);
    }

    public LocalDate firstDay() {
        return FIRST_DAY.atYear(year - 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 14);
    }
}
