package vn.pcmt.registry.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The Law on Drug Prevention and Control in force on a date, and what it says about management at residence. A period
 * follows the law in force on the day it starts, never a later one (DOMAIN.md: rules apply by effective date).
 */
public enum ManagementLaw {

    /** Luật Phòng, chống ma túy số 73/2021/QH14, in force 1/1/2022 – 30/6/2026: Art. 23 (1 year), Art. 32 (1 year). */
    LAW_73_2021(LocalDate.of(2022, 1, 1), Period.ofYears(1), Period.ofYears(1), false),

    /**
     * Luật Phòng, chống ma túy số 120/2025/QH15, in force from 1/7/2026: a managed user reports a move within 24 hours.
     * Its management periods are kept at one year; the consolidated text was not at hand (DOMAIN.md, "check the
     * text"), so this is the one place to change if it differs.
     */
    LAW_120_2025(LocalDate.of(2026, 7, 1), Period.ofYears(1), Period.ofYears(1), true);

    private final LocalDate inForceFrom;
    private final Period illegalUserManagement;
    private final Period postRehabManagement;
    private final boolean moveReportWithin24Hours;

    ManagementLaw(LocalDate inForceFrom, Period illegalUserManagement, Period postRehabManagement,
                  boolean moveReportWithin24Hours) {
        this.inForceFrom = inForceFrom;
        this.illegalUserManagement = illegalUserManagement;
        this.postRehabManagement = postRehabManagement;
        this.moveReportWithin24Hours = moveReportWithin24Hours;
    }

    /** The law in force on {@code date}; dates before 2022 fall under the 2021 law's rules, the earliest we encode. */
    public static ManagementLaw inForceOn(LocalDate date) {
        return Arrays.stream(values())
                .filter(law -> !law.inForceFrom.isAfter(date))
                .max(Comparator.comparing(law -> law.inForceFrom))
                .orElse(LAW_73_2021);
    }

    /** The last day under management for a period starting on {@code startsOn}, both days counted. */
    public LocalDate managementEndsOn(ManagementKind kind, LocalDate startsOn) {
        Period length = kind == ManagementKind.ILLEGAL_USER ? illegalUserManagement : postRehabManagement;
        return startsOn.plus(length).minusDays(1);
    }

    /** Whether a move on {@code movedOn} reported on {@code reportedOn} was reported later than this law allows. */
    public boolean isLateMoveReport(LocalDate movedOn, LocalDate reportedOn) {
        // Dates only: "within 24 hours" is met by a report on the day of the move or the next day.
        return moveReportWithin24Hours && reportedOn.isAfter(movedOn.plusDays(1));
    }
}
