package vn.pcmt.assessment.domain.facts;

import java.time.LocalDate;
import java.time.MonthDay;

/** QĐ 28/2025 Art. 7: the programme year Y runs from 15/12 of Y-1 to 14/12 of Y. */
public record ProgrammeYear(int year) {

    private static final MonthDay FIRST_DAY = MonthDay.of(12, 15);


    /**
     * The programme year an appraisal made on {@code date} is about: in the appraisal phase that follows a year's end
     * (15/12 – 31/12) it is the year just ended, otherwise the year under way: either way the calendar year of the date.
     */
    public static ProgrammeYear appraisedOn(LocalDate date) {
        return new ProgrammeYear(date.getYear());
    }

    public LocalDate firstDay() {
        return FIRST_DAY.atYear(year - 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 14);
    }
}
