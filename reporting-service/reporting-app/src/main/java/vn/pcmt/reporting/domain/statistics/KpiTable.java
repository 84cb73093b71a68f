package vn.pcmt.reporting.domain.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The programme targets of the seeds measured for a period (DOMAIN.md, "Programme targets"). Seed 004 (Ninh Bình
 * 2022–2025): treatment reach (80% of the addicts and illegal users on the list at the end treated at some time in the
 * period; the registry records treatment, not counselling), hotspots eliminated (80% of those that existed in the
 * period inactive at its end, and each year 5% more eliminated than in the same period a year before: 105%), key
 * communes transformed (60% of those selected) and not relapsing (85% of those transformed). Each plan's drug-free
 * target for the area's villages or communes (seed 000, Diễn Châu 2026: 40%) as assessment publishes it; a province
 * without one is measured against the national target (KL 132-KL/TW: 50% of communes by 2030).
 */
public final class KpiTable {

    /** KL 132-KL/TW: at least half of the communes drug-free by 2030. */
    static final int NATIONAL_DRUG_FREE_COMMUNES_PERCENT = 50;

    private KpiTable() {
    }

    public static List<Kpi> of(Collection<SubjectStatus> atEnd, long treatedInPeriod, CaseFlows cases, CaseFlows yearBefore,
                               Transformations transformations, AreaStanding.DrugFree drugFree, String level) {
        long addictsAndUsers = atEnd.stream().filter(s -> "ADDICT".equals(s.category()) || "ILLEGAL_USER".equals(s.category())).count();
        List<Kpi> table = new ArrayList<>();
        table.add(Kpi.of("TREATMENT_REACH", "Người nghiện, người sử dụng trái phép chất ma túy được điều trị, cai nghiện", treatedInPeriod,
                addictsAndUsers, 80));
        table.add(Kpi.of("HOTSPOTS_ELIMINATED", "Điểm, tụ điểm phức tạp về ma túy được triệt xóa", cases.hotspotsInactiveAtEnd(),
                cases.hotspotsExisted(), 80));
        table.add(Kpi.of("HOTSPOTS_ELIMINATED_GROWTH", "Số điểm, tụ điểm được triệt xóa so với cùng kỳ năm trước (tăng từ 5%)",
                cases.hotspotsEliminated(), yearBefore.hotspotsEliminated(), 105));
        table.add(Kpi.of("KEY_AREAS_TRANSFORMED", "Địa bàn trọng điểm được chuyển hóa", transformations.transformed(),
                transformations.selected(), 60));
        table.add(Kpi.of("TRANSFORMED_NOT_RELAPSING", "Địa bàn đã chuyển hóa không tái phức tạp",
                transformations.transformed() - transformations.relapsed(), transformations.transformed(), 85));
        boolean province = "PROVINCE".equals(level);
        Integer target = drugFree.targetPercent() != null ? drugFree.targetPercent() : province ? NATIONAL_DRUG_FREE_COMMUNES_PERCENT : null;
        if (target != null) {
            table.add(Kpi.of("DRUG_FREE_CHILDREN", province ? "Xã, phường, đặc khu được công nhận không ma túy"
                    : "Thôn, tổ dân phố được công nhận không ma túy", drugFree.recognized().size(), drugFree.children(), target));
        }
        return table;
    }
}
