package vn.pcmt.reporting.domain.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The programme targets of the seeds measured for a period (seed 004, Ninh Bình 2022–2025, and the national plan):
 * treatment reach (80% of the addicts and illegal users on the list at the end treated at some time in the period; the
 * registry records treatment, not counselling), hotspots eliminated (80% of those that existed in the period inactive at
 * its end), key communes transformed (60% of those selected) and not relapsing (85% of those transformed). The village
 * and commune drug-free targets are each plan's own and not published to reporting: not here.
 */
public final class KpiTable {

    private KpiTable() {
    }

    public static List<Kpi> of(Collection<SubjectStatus> atEnd, long treatedInPeriod, long hotspotsExisted, long hotspotsInactiveAtEnd,
                               Transformations transformations) {
        long addictsAndUsers = atEnd.stream().filter(s -> "ADDICT".equals(s.category()) || "ILLEGAL_USER".equals(s.category())).count();
        List<Kpi> table = new ArrayList<>();
        table.add(Kpi.of("TREATMENT_REACH", "Người nghiện, người sử dụng trái phép chất ma túy được điều trị, cai nghiện", treatedInPeriod,
                addictsAndUsers, 80));
        table.add(Kpi.of("HOTSPOTS_ELIMINATED", "Điểm, tụ điểm phức tạp về ma túy được triệt xóa", hotspotsInactiveAtEnd, hotspotsExisted, 80));
        table.add(Kpi.of("KEY_AREAS_TRANSFORMED", "Địa bàn trọng điểm được chuyển hóa", transformations.transformed(),
                transformations.selected(), 60));
        table.add(Kpi.of("TRANSFORMED_NOT_RELAPSING", "Địa bàn đã chuyển hóa không tái phức tạp",
                transformations.transformed() - transformations.relapsed(), transformations.transformed(), 85));
        return table;
    }
}
