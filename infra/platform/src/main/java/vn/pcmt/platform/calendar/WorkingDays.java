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
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Working days of Vietnamese state bodies, for legal deadlines counted in working days (e.g. 5 working days to register
 * for voluntary rehab; the TTLT 03/2025 dossier steps). Saturdays, Sundays and public holidays are not working days.
 *
 * <p>Public holidays (Labour Code 2019, Art. 112) whose dates move each year (Tết, Hùng Kings' day, the day beside
 * National Day, compensatory days) are data in {@code public-holidays.txt}, one line per day, copied from the
 * Ministry of Home Affairs' yearly notices; a Saturday worked to make up for a bridged day is a line marked
 * {@code WORK}. A year missing from the file counts only the fixed-date holidays and is logged as a warning, so the
 * file must be extended when the next year's notice is published.
 */
public final class WorkingDays {

    /** Labour Code 2019, Art. 112: the holidays on fixed solar dates. */
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30),
            MonthDay.of(5, 1), MonthDay.of(9, 2));

    private static final WorkingDays VIETNAM = load("public-holidays.txt");

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> workedWeekendDays;
    private final Set<Integer> years;

    WorkingDays(Map<LocalDate, String> holidays, Set<LocalDate> workedWeekendDays) {
        this.holidays = Map.copyOf(holidays);
        this.workedWeekendDays = Set.copyOf(workedWeekendDays);
        Set<Integer> known = new TreeSet<>();
        holidays.keySet().forEach(d -> known.add(d.getYear()));
        workedWeekendDays.forEach(d -> known.add(d.getYear()));
        this.years = Set.copyOf(known);
    }

    public static WorkingDays vietnam() {
        return VIETNAM;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workedWeekendDays.contains(date)) {
            return true;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.containsKey(date) && !FIXED_HOLIDAYS.contains(MonthDay.from(date));
    }

    /** Whether the moving holidays of {@code year} are in the data. */
    public boolean knowsYear(int year) {
        return years.contains(year);
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
        if (!knowsYear(from.getYear()) || !knowsYear(date.getYear())) {
            log.warn("Public holidays of {} are not in public-holidays.txt: {} working days after {} counted as {}, "
                    + "fixed-date holidays only", date.getYear(), days, from, date);
        }
        return date;
    }

    static WorkingDays load(String resource) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Set<LocalDate> worked = new TreeSet<>();
        try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    int space = trimmed.indexOf(' ');
                    LocalDate date = LocalDate.parse(space < 0 ? trimmed : trimmed.substring(0, space));
                    String label = space < 0 ? "" : trimmed.substring(space + 1).strip();
                    if (label.startsWith("WORK")) {
                        worked.add(date);
                    } else {
                        holidays.put(date, label);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDays(holidays, worked);
    }
}
