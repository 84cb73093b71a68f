package vn.pcmt.assessment.domain.criteria;

/** Shares of a population compared exactly, in integers: {@code count / population ≥ perTenThousand / 10,000}. */
final class Ratio {

    private Ratio() {
    }

    static boolean atLeast(long count, long population, long perTenThousand) {
        return population > 0 && count * 10_000 >= population * perTenThousand;
    }

    /** As a percentage with 3 decimals, for the reasons shown to officers. */
    static String percent(long count, long population) {
        return population == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.3f%%", count * 100.0 / population);
    }
}
