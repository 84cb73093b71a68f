package vn.pcmt.cases.domain;

import java.time.LocalDate;

/**
 * How long compulsory rehab may be ordered for, by the law in force on the court's decision (DOMAIN.md, Persons):
 * 12 to 24 months under Luật 73/2021 (to 30/6/2026); from 1/7/2026 (Luật 120/2025) 24 months the first time and
 * 36 months after that.
 */
public final class RehabTerm {

    static final LocalDate LAW_120_2025 = LocalDate.of(2026, 7, 1);

    private RehabTerm() {
    }

    /** Why {@code months} is not a term the court could order, or null when it is. */
    public static String refusal(LocalDate decidedOn, boolean repeat, int months) {
        if (decidedOn.isBefore(LAW_120_2025)) {
            return months >= 12 && months <= 24 ? null : "Theo Luật 73/2021, thời hạn cai nghiện bắt buộc từ 12 đến 24 tháng.";
        }
        int required = repeat ? 36 : 24;
        return months == required ? null : "Theo Luật 120/2025, thời hạn cai nghiện bắt buộc là " + required + " tháng"
                + (repeat ? " (đã từng cai nghiện bắt buộc)." : " (lần đầu).");
    }
}
