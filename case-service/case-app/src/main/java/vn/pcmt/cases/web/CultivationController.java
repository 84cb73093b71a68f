package vn.pcmt.cases.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.cases.domain.command.RecordCultivationIncident;
import vn.pcmt.cases.query.cultivation.CultivationDocument;
import vn.pcmt.cases.query.cultivation.CultivationRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;

/** Illegal cultivation destroyed (API.md: {@code /api/cultivation-incidents}). */
@RestController
@RequestMapping("/api/cultivation-incidents")
@Validated
public class CultivationController {

    private final Commands commands;
    private final CultivationRepository incidents;
    private final CaseAccess access;

    public CultivationController(Commands commands, CultivationRepository incidents, CaseAccess access) {
        this.access = access;
        this.commands = commands;
        this.incidents = incidents;
    }

    @PostMapping
    ResponseEntity<CultivationDocument> record(@Valid @RequestBody RecordCultivationIncidentRequest request) {
        String incidentId = UUID.randomUUID().toString();
        access.requireArea(Need.WRITE, request.communeCode(), request.villageCode());
        commands.send(new RecordCultivationIncident(incidentId, request.plantKind(), request.communeCode(), request.villageCode(),
                request.plants(), request.areaM2(), request.destroyedOn()), request.destroyedOn());
        return ResponseEntity.created(URI.create("/api/cultivation-incidents?communeCode=" + request.communeCode()))
                .body(incidents.findById(incidentId).orElseThrow());
    }

    /** A commune's incidents destroyed between two dates (both included), with the totals QĐ 28 compares. */
    @GetMapping
    Totals list(@RequestParam @AreaCode String communeCode,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        access.requireArea(Need.READ, communeCode, null);
        if (to.isBefore(from)) {
            throw Refusal.invalid("VALIDATION_FAILED", "Khoảng thời gian không hợp lệ.",
                    new FieldProblem("to", "DATE_ORDER", "Ngày kết thúc trước ngày bắt đầu."));
        }
        List<CultivationDocument> items = incidents.findByCommuneCodeAndDestroyedOnBetweenOrderByDestroyedOn(communeCode,
                from.minusDays(1), to.plusDays(1));
        return new Totals(items, items.stream().mapToLong(CultivationDocument::plants).sum(),
                items.stream().map(CultivationDocument::areaM2).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public record Totals(List<CultivationDocument> items, long plants, BigDecimal areaM2) {
    }
}
