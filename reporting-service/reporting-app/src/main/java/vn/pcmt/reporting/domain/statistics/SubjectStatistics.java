package vn.pcmt.reporting.domain.statistics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of the subjects on the list in an area on a day: how many, by category, by kind of treatment under way (a
 * person in two counts in both), by flag raised, by sex, by age band (by birth year: {@code UNDER_18},
 * {@code FROM_18_TO_30}, {@code FROM_31_TO_45}, {@code OVER_45}, {@code UNKNOWN}), how many are overdue for a drug
 * test ({@code testOverdue}, the registry's rule: more than {@value #TEST_INTERVAL_DAYS} days since the last test or,
 * without one since being found, since then; not released offenders, not persons in compulsory rehab), and how many
 * are under a management period.
 */
public record SubjectStatistics(long total, Map<String, Long> byCategory, Map<String, Long> byTreatment, Map<String, Long> byFlag,
                                Map<String, Long> bySex, Map<String, Long> byAgeBand, long testOverdue, long underManagement) {

    /** The registry's test interval (registry SubjectFile.TEST_INTERVAL_DAYS). */
    public static final int TEST_INTERVAL_DAYS = 30;

    public static SubjectStatistics of(Collection<SubjectStatus> statuses, LocalDate asOf) {
        return new SubjectStatistics(statuses.size(),
                count(statuses, SubjectStatus::category),
                statuses.stream().flatMap(s -> s.treatments().stream()).collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                        Collectors.counting())),
                statuses.stream().flatMap(s -> s.flags().stream()).collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                        Collectors.counting())),
                count(statuses, s -> s.sex() == null ? "UNKNOWN" : s.sex()),
                count(statuses, s -> ageBand(s.birthYear(), asOf)),
                statuses.stream().filter(s -> testOverdue(s, asOf)).count(),
                statuses.stream().filter(SubjectStatus::managed).count());
    }

    /**
     * Whom a figure of these statistics counts on {@code asOf}, by the name of its row in the periodic report:
     * {@code subjects.total}, {@code subjects.byCategory.<category>}, {@code subjects.byTreatment.<kind>},
     * {@code subjects.byFlag.<flag>}, {@code subjects.bySex.<sex>}, {@code subjects.byAgeBand.<band>},
     * {@code subjects.testOverdue}, {@code subjects.underManagement}; empty when the name is none of them.
     */
    public static Optional<Predicate<SubjectStatus>> figure(String name, LocalDate asOf) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name) {
            case "subjects.total" -> Optional.of(status -> true);
            case "subjects.testOverdue" -> Optional.of(status -> testOverdue(status, asOf));
            case "subjects.underManagement" -> Optional.of(SubjectStatus::managed);
            default -> {
                int dot = name.lastIndexOf('.');
                String value = name.substring(dot + 1);
                if (dot < 0 || !value.matches("^[A-Z0-9_]{1,40}$")) {
                    yield Optional.empty();
                }
                yield switch (name.substring(0, dot)) {
                    case "subjects.byCategory" -> Optional.of(status -> value.equals(status.category()));
                    case "subjects.byTreatment" -> Optional.of(status -> status.treatments().contains(value));
                    case "subjects.byFlag" -> Optional.of(status -> status.flags().contains(value));
                    case "subjects.bySex" -> Optional.of(status -> value.equals(status.sex() == null ? "UNKNOWN" : status.sex()));
                    case "subjects.byAgeBand" -> Optional.of(status -> value.equals(ageBand(status.birthYear(), asOf)));
                    default -> Optional.empty();
                };
            }
        };
    }

    /** The band of the age reached in {@code asOf}'s year. */
    static String ageBand(Integer birthYear, LocalDate asOf) {
        if (birthYear == null) {
            return "UNKNOWN";
        }
        int age = asOf.getYear() - birthYear;
        if (age < 18) {
            return "UNDER_18";
        }
        return age <= 30 ? "FROM_18_TO_30" : age <= 45 ? "FROM_31_TO_45" : "OVER_45";
    }

    /** The registry's rule (registry SubjectFile.nextTestDueOn): the test was due before {@code asOf}. */
    static boolean testOverdue(SubjectStatus status, LocalDate asOf) {
        if ("RELEASED_OFFENDER".equals(status.category()) || status.treatments().contains("COMPULSORY")) {
            return false;
        }
        LocalDate last = status.latestTestOn() != null && !status.latestTestOn().isBefore(status.foundOn())
                ? status.latestTestOn() : status.foundOn();
        return last.plusDays(TEST_INTERVAL_DAYS).isBefore(asOf);
    }

    private static Map<String, Long> count(Collection<SubjectStatus> statuses, Function<SubjectStatus, String> key) {
        return statuses.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
