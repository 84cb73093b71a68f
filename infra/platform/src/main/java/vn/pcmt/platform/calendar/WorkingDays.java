package vn.pcmt.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Working days of Vietnamese state bodies, for legal deadlines counted in working days (e.g. 5 working days to register
 * for voluntary rehab; the TTLT 03/2025 dossier steps). Saturdays, Sundays and public holidays are not working days.
 *
 * <p>Public holidays (Labour Code 2019, Art. 112) whose dates move each year (Tết, Hùng Kings' day, the day beside
 * National Day, compensatory days) are data in {@code public-holidays.txt}, one line per day, copied from the
 * Ministry of Home Affairs' yearly notices. A year missing from the file counts only the fixed-date holidays, so the
 * file must be extended when the next year's notice is published.
 */
public final class WorkingDays {

    /** Labour Code 2019, Art. 112: the holidays on fixed solar dates. */
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30),
            MonthDay.of(5, 1), MonthDay.of(9, 2));

    private static final WorkingDays VIETNAM = load("public-holidays.txt");

    private final Map<LocalDate, String> holidays;

    WorkingDays(Map<LocalDate, String> holidays) {
        this.holidays = Map.copyOf(holidays);
    }

    public static WorkingDays vietnam() {
        return VIETNAM;
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.containsKey(date) && !FIXED_HOLIDAYS.contains(MonthDay.from(date));
    }

    /** The {@code days}-th working day after {@code from} ({@code from} itself is not counted). */
    public LocalDate plus(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    static WorkingDays load(String resource) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    int space = trimmed.indexOf(' ');
                    holidays.put(LocalDate.parse(space < 0 ? trimmed : trimmed.substring(0, space)),
                            space < 0 ? "" : trimmed.substring(space + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDays(holidays);
    }
}
