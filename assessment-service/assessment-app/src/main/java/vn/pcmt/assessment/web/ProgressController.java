package vn.pcmt.assessment.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.assessment.domain.Progress;
import vn.pcmt.assessment.domain.command.SetTarget;
import vn.pcmt.assessment.query.progress.ProgressQuery;
import vn.pcmt.assessment.query.progress.TargetDocument;
import vn.pcmt.assessment.query.progress.TargetRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** A plan's target for an area and year, and the progress of its villages (or communes) towards it. */
@RestController
@RequestMapping("/api/areas/{code}")
@Validated
public class ProgressController {

    private final Commands commands;
    private final KnownAreas areas;
    private final TargetRepository targets;
    private final ProgressQuery progress;
    private final AreaAccess access;

    public ProgressController(Commands commands, KnownAreas areas, TargetRepository targets, ProgressQuery progress, AreaAccess access) {
        this.access = access;
        this.commands = commands;
        this.areas = areas;
        this.targets = targets;
        this.progress = progress;
    }

    @PutMapping("/targets/{year}")
    TargetDocument setTarget(@PathVariable @AreaCode String code, @PathVariable @Min(2020) @Max(2100) int year,
                             @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody TargetRequest request) {
        access.requireArea(Need.WRITE, code, "code");
        areas.addressed(code);
        commands.send(new SetTarget(code, Versions.ifMatch(ifMatch), year, request.drugFreeChildrenPercent(), request.plan()),
                LocalDate.now(EventMetaData.BUSINESS_ZONE));
        return targets.findById(TargetDocument.id(code, year)).orElseThrow();
    }

    /** Recognised children that year (kept from the year before, new, and those that lost it), against the target. */
    @GetMapping("/progress")
    Progress progress(@PathVariable @AreaCode String code, @RequestParam @Min(2020) @Max(2100) int year) {
        access.requireArea(Need.READ, code, "code");
        areas.addressed(code);
        return progress.of(code, year);
    }
}
