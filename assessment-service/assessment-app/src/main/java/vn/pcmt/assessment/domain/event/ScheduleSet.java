package vn.pcmt.assessment.domain.event;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.ProgrammeSchedule;

@Revision("1")
public record ScheduleSet(String code, ProgrammeSchedule schedule) {
}
