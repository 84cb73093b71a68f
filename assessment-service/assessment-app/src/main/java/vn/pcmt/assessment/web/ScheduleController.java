package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.assessment.domain.ProgrammeSchedule;
import vn.pcmt.assessment.domain.command.SetSchedule;
import vn.pcmt.assessment.query.schedule.Schedules;
import vn.pcmt.assessment.query.schedule.Schedules.InForce;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** A province's deadlines for a programme year, and the schedule in force for any area (its province's, or the default). */
@RestController
@RequestMapping("/api/areas/{code}/schedule/{year}")
@Validated
public class ScheduleController {

    private final Commands commands;
    private final KnownAreas areas;
    private final Schedules schedules;
    private final AreaAccess access;

    public ScheduleController(Commands commands, KnownAreas areas, Schedules schedules, AreaAccess access) {
        this.access = access;
        this.commands = commands;
        this.areas = areas;
        this.schedules = schedules;
    }

    @PutMapping
    ResponseEntity<InForce> set(@PathVariable @AreaCode String code, @PathVariable @Min(2020) @Max(2100) int year,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                @Valid @RequestBody ScheduleRequest request) {
        access.requireArea(Need.WRITE, code, "code");
        areas.addressed(code);
        commands.send(new SetSchedule(code, Versions.ifMatch(ifMatch), new ProgrammeSchedule(year, request.implementationEndsOn(),
                request.appraisalStartsOn(), request.appraisalEndsOn(), !Boolean.FALSE.equals(request.selfAssessmentRequired()))),
                LocalDate.now(EventMetaData.BUSINESS_ZONE));
        return inForce(code, year);
    }

    @GetMapping
    ResponseEntity<InForce> inForce(@PathVariable @AreaCode String code, @PathVariable @Min(2020) @Max(2100) int year) {
        access.requireReader(); // a province's deadlines bind its communes and villages: every reader may see them
        areas.addressed(code);
        InForce schedule = schedules.inForce(code, year);
        return schedule.version() < 0 ? ResponseEntity.ok(schedule) : ResponseEntity.ok().eTag(Versions.etag(schedule.version())).body(schedule);
    }
}
