package vn.pcmt.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Criminal Code Art. 256a (in force 1/7/2025): illegal use of drugs is a crime for a person who, on the day of use, is
 * in rehab or on substitution therapy, is under post-rehab management, or is within 2 years after either ended or was
 * quit. Answers for a positive test on a date, from the subject's file as of that date, and says why.
 */
public final class Article256a {

    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2025, 7, 1);
    static final int YEARS_AFTER = 2;

    private Article256a() {
    }

    public static Assessment assess(SubjectFile file, LocalDate testedOn) {
        if (testedOn.isBefore(IN_FORCE_FROM)) {
            return new Assessment(testedOn, false, List.of("Điều 256a Bộ luật Hình sự chỉ áp dụng từ ngày 01/7/2025."));
        }
        List<String> reasons = new ArrayList<>();
        for (SubjectFile.Treatment t : file.treatments()) {
            if (t.covers(testedOn)) {
                reasons.add("Đang " + label(t.kind()) + " (từ " + t.startsOn() + ").");
            } else if (t.endsOn() != null && !testedOn.isBefore(t.endsOn())
                    && !testedOn.isAfter(t.endsOn().plusYears(YEARS_AFTER))) {
                reasons.add("Trong 02 năm kể từ khi kết thúc " + label(t.kind()) + " ngày " + t.endsOn() + ".");
            }
        }
        for (SubjectFile.ManagementPeriod p : file.managementPeriods()) {
            if (p.kind() != ManagementKind.POST_REHAB || p.startsOn().isAfter(testedOn)) {
                continue;
            }
            if (p.covers(testedOn)) {
                reasons.add("Đang trong thời hạn quản lý sau cai nghiện (quyết định " + p.decisionNo() + ", đến "
                        + p.endsOn() + ").");
            } else if (withinYearsAfter(p.endsOn(), testedOn)) {
                reasons.add("Trong 02 năm kể từ khi hết thời hạn quản lý sau cai nghiện ngày " + p.endsOn() + ".");
            }
        }
        if (reasons.isEmpty()) {
            return new Assessment(testedOn, false, List.of("Không đang cai nghiện, điều trị thay thế hay quản lý sau cai "
                    + "nghiện, và không trong 02 năm sau khi kết thúc các biện pháp đó."));
        }
        return new Assessment(testedOn, true, reasons);
    }

    private static boolean withinYearsAfter(LocalDate ended, LocalDate testedOn) {
        return testedOn.isAfter(ended) && !testedOn.isAfter(ended.plusYears(YEARS_AFTER));
    }

    private static String label(TreatmentKind kind) {
        return switch (kind) {
            case SUBSTITUTION -> "điều trị nghiện bằng thuốc thay thế";
            case VOLUNTARY_HOME -> "cai nghiện tự nguyện tại gia đình";
            case VOLUNTARY_COMMUNITY -> "cai nghiện tự nguyện tại cộng đồng";
            case VOLUNTARY_FACILITY -> "cai nghiện tự nguyện tại cơ sở";
            case COMPULSORY -> "cai nghiện bắt buộc";
        };
    }

    /** One answer from several files of the same person (a subject and the duplicates merged into it). */
    public static Assessment combine(List<Assessment> assessments) {
        List<Assessment> applying = assessments.stream().filter(Assessment::applies).toList();
        if (applying.isEmpty()) {
            return assessments.getFirst();
        }
        return new Assessment(applying.getFirst().testedOn(), true,
                applying.stream().flatMap(a -> a.reasons().stream()).distinct().toList());
    }

    /** The answer for a positive test on {@code testedOn}: whether Art. 256a applies, and the facts that make it so. */
    public record Assessment(LocalDate testedOn, boolean applies, List<String> reasons) {
    }
}
