package vn.pcmt.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.cases.domain.command.RecordSeriousIncident;
import vn.pcmt.cases.query.incident.SeriousIncidentDocument;
import vn.pcmt.cases.query.incident.SeriousIncidentRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;

/** Serious incidents caused by addicts, users or persons with psychosis signs: {@code /api/serious-incidents}. */
@RestController
@RequestMapping("/api/serious-incidents")
@Validated
public class SeriousIncidentController {

    private final Commands commands;
    private final SeriousIncidentRepository incidents;
    private final CaseAccess access;
    private final AccessLog accessLog;

    public SeriousIncidentController(Commands commands, SeriousIncidentRepository incidents, CaseAccess access, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.access = access;
        this.commands = commands;
        this.incidents = incidents;
    }

    @PostMapping
    ResponseEntity<SeriousIncidentDocument> record(@Valid @RequestBody RecordSeriousIncidentRequest request) {
        String incidentId = UUID.randomUUID().toString();
        access.requireArea(Need.WRITE, request.communeCode(), request.villageCode());
        commands.send(new RecordSeriousIncident(incidentId, request.communeCode(), request.villageCode(), request.occurredOn(),
                request.causedBy(), request.subjectId() == null ? null : request.subjectId().toString(), request.severity(),
                request.deaths(), request.injured(), request.description()), request.occurredOn());
        SeriousIncidentDocument incident = incidents.findById(incidentId).orElseThrow();
        accessLog.read(causedBy(List.of(incident)));
        return ResponseEntity.created(URI.create("/api/serious-incidents/" + incidentId)).body(incident);
    }

    @GetMapping("/{id}")
    SeriousIncidentDocument find(@PathVariable UUID id) {
        SeriousIncidentDocument incident = incidents.findById(id.toString()).orElseThrow(SeriousIncidentController::unknown);
        access.require(Need.READ, incident, place(incident), SeriousIncidentController::unknown);
        accessLog.read(causedBy(List.of(incident)));
        return incident;
    }

    /** A commune's incidents that happened from {@code from} to {@code to} (both included), newest first. */
    @GetMapping
    List<SeriousIncidentDocument> list(@RequestParam @AreaCode String communeCode,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        access.requireArea(Need.READ, communeCode, null);
        if (to.isBefore(from)) {
            throw Refusal.invalid("VALIDATION_FAILED", "Khoảng thời gian không hợp lệ.",
                    new FieldProblem("to", "DATE_ORDER", "Ngày kết thúc trước ngày bắt đầu."));
        }
        List<SeriousIncidentDocument> found = incidents.findByCommuneCodeAndOccurredOnBetweenOrderByOccurredOnDesc(communeCode,
                from.minusDays(1), to.plusDays(1));
        accessLog.read(causedBy(found));
        return found;
    }

    /** The registry subjects who caused the incidents, where known. */
    private static List<String> causedBy(List<SeriousIncidentDocument> found) {
        return found.stream().map(SeriousIncidentDocument::subjectId).filter(java.util.Objects::nonNull).toList();
    }

    private static CaseAccess.Place place(SeriousIncidentDocument d) {
        return new CaseAccess.Place(d.communeCode(), d.villageCode());
    }

    private static Refusal unknown() {
        return Refusal.notFound("INCIDENT_UNKNOWN", "Không tìm thấy vụ việc.");
    }
}
