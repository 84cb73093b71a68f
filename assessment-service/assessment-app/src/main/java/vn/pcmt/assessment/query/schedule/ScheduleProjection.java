package vn.pcmt.assessment.query.schedule;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.ScheduleSet;

@Component
@ProcessingGroup("schedule")
public class ScheduleProjection {

    private final ScheduleRepository schedules;

    public ScheduleProjection(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    @EventHandler
    void on(ScheduleSet e, @SequenceNumber long version) {
        schedules.save(new ScheduleDocument(ScheduleDocument.id(e.code(), e.schedule().year()), e.code(), e.schedule(), version));
    }
}
