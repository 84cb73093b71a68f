package vn.pcmt.assessment.query.schedule;

import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.ProgrammeSchedule;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;

/** The schedule in force for an area: its province's for the year, or the default. */
@Component
public class Schedules {

    private final ScheduleRepository schedules;
    private final AreaDirectoryRepository areas;

    public Schedules(ScheduleRepository schedules, AreaDirectoryRepository areas) {
        this.schedules = schedules;
        this.areas = areas;
    }

    public InForce inForce(String areaCode, int year) {
        Optional<AreaDirectoryDocument> area = areas.findById(areaCode);
        while (area.isPresent() && area.get().level() != AreaLevel.PROVINCE) {
            area = Optional.ofNullable(area.get().parentCode()).flatMap(areas::findById);
        }
        return area.flatMap(province -> schedules.findById(ScheduleDocument.id(province.code(), year)))
                .map(set -> new InForce(set.schedule(), set.provinceCode(), set.version()))
                .orElseGet(() -> new InForce(ProgrammeSchedule.defaults(year), null, -1));
    }

    /** {@code setBy}: the province that set it, null for the default; {@code version}: -1 for the default. */
    public record InForce(ProgrammeSchedule schedule, String setBy, long version) {
    }
}
