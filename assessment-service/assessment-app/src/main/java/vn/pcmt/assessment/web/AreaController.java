package vn.pcmt.assessment.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.assessment.domain.command.CloseMergedArea;
import vn.pcmt.assessment.domain.command.MergeAreas;
import vn.pcmt.assessment.domain.command.MoveArea;
import vn.pcmt.assessment.domain.command.RecordAreaFacts;
import vn.pcmt.assessment.domain.command.RegisterArea;
import vn.pcmt.assessment.domain.command.RenameArea;
import vn.pcmt.assessment.domain.command.SplitArea;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.areafacts.AreaFactsDocument;
import vn.pcmt.assessment.query.areafacts.AreaFactsRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

@RestController
@RequestMapping("/api/areas")
@Validated
public class AreaController {

    /** The gateway's limit on any body; a province's 3,000 villages take some 200 kB. */
    static final int MAX_IMPORT_BYTES = 1_000_000;

    private final Commands commands;
    private final AreaDirectoryRepository areas;
    private final AreaFactsRepository facts;
    private final AreaImport csvImport;
    private final AreaAccess access;

    public AreaController(Commands commands, AreaDirectoryRepository areas, AreaFactsRepository facts, AreaImport csvImport, AreaAccess access) {
        this.access = access;
        this.commands = commands;
        this.areas = areas;
        this.facts = facts;
        this.csvImport = csvImport;
    }

    @PostMapping
    ResponseEntity<AreaResponse> register(@Valid @RequestBody RegisterAreaRequest request) {
        access.requireParentKeeper(request.parentCode(), "parentCode");
        commands.send(new RegisterArea(request.code(), request.name(), request.level(), request.parentCode()),
                LocalDate.now(EventMetaData.BUSINESS_ZONE));
        return ResponseEntity.created(URI.create("/api/areas/" + request.code()))
                .eTag("\"0\"")
                .body(AreaResponse.of(new AreaDirectoryDocument(request.code(), request.name().strip(), request.level(),
                        request.parentCode())));
    }

    /** A new name from {@code effectiveOn}; the old one is kept among the area's former names. */
    @PostMapping("/{code}/renames")
    ResponseEntity<AreaResponse> rename(@PathVariable @AreaCode String code, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody RenameRequest request) {
        access.requireChangeKeeper(code, "code");
        known(code);
        commands.send(new RenameArea(code, Versions.ifMatch(ifMatch), request.name(), request.effectiveOn(), request.decisionNo()),
                request.effectiveOn());
        return ResponseEntity.ok(AreaResponse.of(known(code)));
    }

    /**
     * Areas of the same level and parent merged into {@code code} (sáp nhập): the successor records them (every check
     * is made then, before anything is stored), their children move under it, then each closes into it — from then on
     * the criteria count their people and history in the successor. Sending the same merger again after a failure
     * part-way completes it.
     */
    @PostMapping("/{code}/mergers")
    ResponseEntity<AreaResponse> merge(@PathVariable @AreaCode String code, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody MergerRequest request) {
        access.requireChangeKeeper(code, "code");
        request.predecessorCodes().forEach(predecessor -> access.requireChangeKeeper(predecessor, "predecessorCodes"));
        known(code);
        commands.send(new MergeAreas(code, Versions.ifMatch(ifMatch), request.predecessorCodes(), request.effectiveOn(),
                request.decisionNo()), request.effectiveOn());
        for (String predecessor : request.predecessorCodes()) {
            areas.findByParentCodeAndClosedOnIsNullOrderByCode(predecessor).forEach(child -> commands.send(new MoveArea(child.code(), code,
                    request.effectiveOn(), request.decisionNo()), request.effectiveOn()));
            commands.send(new CloseMergedArea(predecessor, code, request.effectiveOn(), request.decisionNo()), request.effectiveOn());
        }
        return ResponseEntity.ok(AreaResponse.of(known(code)));
    }

    /** {@code code} split (chia tách) into existing areas of its level, each of its children going to one; it is closed. */
    @PostMapping("/{code}/splits")
    ResponseEntity<AreaResponse> split(@PathVariable @AreaCode String code, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody SplitRequest request) {
        access.requireChangeKeeper(code, "code");
        request.successorCodes().forEach(successor -> access.requireChangeKeeper(successor, "successorCodes"));
        known(code);
        commands.send(new SplitArea(code, Versions.ifMatch(ifMatch), request.successorCodes(), request.assignments(),
                request.effectiveOn(), request.decisionNo()), request.effectiveOn());
        request.assignments().forEach((child, successor) -> commands.send(new MoveArea(child, successor, request.effectiveOn(),
                request.decisionNo()), request.effectiveOn()));
        return ResponseEntity.ok(AreaResponse.of(known(code)));
    }

    /** The directory from a CSV file (see {@link AreaImport}); a report line by line, whatever the rows' outcome. */
    @PostMapping(path = "/import", consumes = "text/csv")
    AreaImport.Report importCsv(InputStream body) throws IOException {
        access.requireWholeDirectoryKeeper();
        byte[] csv = body.readNBytes(MAX_IMPORT_BYTES + 1);
        if (csv.length > MAX_IMPORT_BYTES) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "CSV_TOO_LARGE", "Tệp lớn hơn " + MAX_IMPORT_BYTES / 1_000_000
                    + " MB; hãy chia nhỏ tệp.", List.of());
        }
        return csvImport.run(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8));
    }

    @GetMapping("/{code}")
    AreaResponse find(@PathVariable @AreaCode String code) {
        return AreaResponse.of(known(code));
    }

    private AreaDirectoryDocument known(String code) {
        return areas.findById(code).orElseThrow(() -> unknown(code));
    }

    /** Records (or, for the same year, supersedes) an area's manual facts; the author is the caller. */
    @PutMapping("/{code}/facts/{year}")
    ResponseEntity<AreaFactsDocument> recordFacts(@PathVariable @AreaCode String code, @PathVariable @Min(2000) @Max(2100) int year,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody AreaFactsRequest request) {
        access.requireArea(Need.WRITE, code, "code");
        if (!areas.existsById(code)) {
            throw unknown(code);
        }
        commands.send(new RecordAreaFacts(code, Versions.ifMatch(ifMatch), year, request.population(), request.households(),
                request.householdsCommitted(), request.onRoute(), request.models(), request.evidence()),
                LocalDate.now(EventMetaData.BUSINESS_ZONE));
        AreaFactsDocument recorded = facts.findById(AreaFactsDocument.id(code, year)).orElseThrow();
        return ResponseEntity.ok().eTag(Versions.etag(recorded.version())).body(recorded);
    }

    @GetMapping("/{code}/facts/{year}")
    ResponseEntity<AreaFactsDocument> facts(@PathVariable @AreaCode String code, @PathVariable @Min(2000) @Max(2100) int year) {
        access.requireArea(Need.READ, code, "code");
        AreaFactsDocument recorded = facts.findById(AreaFactsDocument.id(code, year)).orElseThrow(() -> Refusal.notFound(
                "AREA_FACTS_UNKNOWN", "Chưa có số liệu năm " + year + " của địa bàn " + code + "."));
        return ResponseEntity.ok().eTag(Versions.etag(recorded.version())).body(recorded);
    }

    /** The children of {@code parentCode} (the provinces when it is absent); merged or split ones only when asked. */
    @GetMapping
    List<AreaResponse> children(@RequestParam(required = false) @AreaCode String parentCode,
                                @RequestParam(defaultValue = "false") boolean includeClosed) {
        var children = parentCode == null ? areas.findByParentCodeIsNullOrderByCode() : areas.findByParentCodeOrderByCode(parentCode);
        return children.stream().filter(area -> includeClosed || !area.closed()).map(AreaResponse::of).toList();
    }

    private static Refusal unknown(String code) {
        return Refusal.notFound("AREA_UNKNOWN", "Không có địa bàn mã " + code + ".");
    }
}
