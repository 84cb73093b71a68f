package vn.pcmt.reporting.domain.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One programme target of the seeds (DOMAIN.md, "Programme targets") measured for a period: {@code numerator} of
 * {@code denominator} as a percentage, the target percentage and whether it is met (exactly: numerator × 100 ≥ target ×
 * denominator); {@code value} and {@code met} are {@code null} when there is nothing to measure.
 */
public record Kpi(String id, String text, long numerator, long denominator, BigDecimal value, int target, Boolean met) {

    public static Kpi of(String id, String text, long numerator, long denominator, int target) {
        if (denominator == 0) {
            return new Kpi(id, text, numerator, 0, null, target, null);
        }
        BigDecimal value = BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new Kpi(id, text, numerator, denominator, value, target, numerator * 100 >= (long) target * denominator);
    }
}
