package vn.pcmt.reporting.domain.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period figures are reported for, as the Ministry counts them: the half-year {@code 2026-H1} runs from 15/12/2025
 * to 14/6/2026, {@code 2026-H2} from 15/6 to 14/12/2026, the year {@code 2026} from 15/12/2025 to 14/12/2026; or any
 * calendar range {@code 2026-01-01..2026-03-31} (both days included).
 */
public record ReportingPeriod(String name, LocalDate from, LocalDate to) {

    private static final Pattern HALF = Pattern.compile("^(\\d{4})-H([12])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern RANGE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$");

    /** The period a query names, or empty when it names none (or a range that ends before it starts). */
    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher half = HALF.matcher(text);
        if (half.matches()) {
            int year = Integer.parseInt(half.group(1));
            return Optional.of(half.group(2).equals("1")
                    ? new ReportingPeriod(text, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14))
                    : new ReportingPeriod(text, LocalDate.of(year, 6, 15), LocalDate.of(year, 12, 14)));
        }
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            int y = Integer.parseInt(year.group(1));
            return Optional.of(new ReportingPeriod(text, LocalDate.of(y - 1, 12, 15), LocalDate.of(y, 12, 14)));
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            try {
                LocalDate from = LocalDate.parse(range.group(1));
                LocalDate to = LocalDate.parse(range.group(2));
                return to.isBefore(from) ? Optional.empty() : Optional.of(new ReportingPeriod(text, from, to));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The year as the Ministry counts it (15/12 of the year before to 14/12) that {@code day} falls in. */
    public static ReportingPeriod yearOf(LocalDate day) {
        return parse(Integer.toString(yearContaining(day))).orElseThrow();
    }

    private static int yearContaining(LocalDate day) {
        return day.getMonthValue() == 12 && day.getDayOfMonth() >= 15 ? day.getYear() + 1 : day.getYear();
    }

    /** The programme year the period begins in (QĐ 28 Art. 7: 15/12 of the year before to 14/12). */
    public int programmeYear() {
        return yearContaining(from);
    }
}
