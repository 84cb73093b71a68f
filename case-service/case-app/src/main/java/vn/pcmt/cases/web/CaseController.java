package vn.pcmt.cases.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.cases.domain.CaseStage;
import vn.pcmt.cases.domain.command.AddCasePerson;
import vn.pcmt.cases.domain.command.AdvanceCase;
import vn.pcmt.cases.domain.command.LinkCasePerson;
import vn.pcmt.cases.domain.command.OpenCase;
import vn.pcmt.cases.domain.command.RecordArrest;
import vn.pcmt.cases.domain.command.RecordSeizure;
import vn.pcmt.cases.query.drugcase.CaseDocument;
import vn.pcmt.cases.query.drugcase.CaseRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** Drug cases and administrative violations (API.md, "Cases": {@code /api/cases}). */
@RestController
@RequestMapping("/api/cases")
@Validated
public class CaseController {

    private static final String IF_MATCH = "If-Match";

    private final Commands commands;
    private final CaseRepository cases;
    private final Clock clock;
    private final CaseAccess access;
    private final AccessLog accessLog;

    public CaseController(Commands commands, CaseRepository cases, Clock clock, CaseAccess access, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.access = access;
        this.commands = commands;
        this.cases = cases;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<CaseDocument> open(@Valid @RequestBody OpenCaseRequest request) {
        String caseId = UUID.randomUUID().toString();
        access.requireArea(Need.WRITE, request.communeCode(), request.villageCode());
        commands.send(new OpenCase(caseId, request.kind(), request.article(), request.violation(), request.communeCode(),
                request.villageCode(), request.openedOn(), request.tipId() == null ? null : request.tipId().toString(),
                request.summary(), request.personsOrNone().stream().map(p -> p.toPerson(UUID.randomUUID().toString())).toList()),
                request.openedOn());
        CaseDocument opened = cases.findById(caseId).orElseThrow();
        accessLog.read(personsIn(opened)); // the answer shows where the persons on record live
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).eTag(Versions.etag(opened.version())).body(opened);
    }

    @PostMapping("/{id}/stages")
    ResponseEntity<CaseDocument> advance(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody CaseStageRequest request) {
        return send(id, new AdvanceCase(id.toString(), Versions.ifMatch(ifMatch), request.stage(), request.on(), request.decisionNo(),
                request.mobileTrial(), request.closureReason()), request.on());
    }

    @PostMapping("/{id}/persons")
    ResponseEntity<CaseDocument> addPerson(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody AddCasePersonRequest request) {
        return send(id, new AddCasePerson(id.toString(), Versions.ifMatch(ifMatch), request.person().toPerson(UUID.randomUUID().toString()),
                request.identifiedOn()), request.identifiedOn());
    }

    @PostMapping("/{id}/persons/{personId}/subject")
    ResponseEntity<CaseDocument> linkPerson(@PathVariable UUID id, @PathVariable UUID personId,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody LinkCasePersonRequest request) {
        // a link has no day of its own in the real world: it takes the day it is made
        return send(id, new LinkCasePerson(id.toString(), Versions.ifMatch(ifMatch), personId.toString(), request.subjectId().toString()),
                LocalDate.now(clock));
    }

    @PostMapping("/{id}/arrests")
    ResponseEntity<CaseDocument> arrest(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody ArrestRequest request) {
        return send(id, new RecordArrest(id.toString(), Versions.ifMatch(ifMatch), UUID.randomUUID().toString(),
                request.personId().toString(), request.kind(), request.arrestedOn()), request.arrestedOn());
    }

    @PostMapping("/{id}/seizures")
    ResponseEntity<CaseDocument> seizure(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody SeizureRequest request) {
        return send(id, new RecordSeizure(id.toString(), Versions.ifMatch(ifMatch), UUID.randomUUID().toString(), request.substance(),
                request.quantity(), request.unit(), request.seizedOn()), request.seizedOn());
    }

    @GetMapping("/{id}")
    ResponseEntity<CaseDocument> find(@PathVariable UUID id) {
        CaseDocument found = cases.findById(id.toString()).orElseThrow(CaseController::unknown);
        access.require(Need.READ, found, place(found), CaseController::unknown);
        accessLog.read(personsIn(found));
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(found);
    }

    /**
     * A commune's cases, newest first, a page at a time; {@code open=true}: not yet closed. Without the persons: a list
     * names nobody, the case itself does.
     */
    @GetMapping
    List<CaseSummary> list(@RequestParam @AreaCode String communeCode, @RequestParam(defaultValue = "false") boolean open,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        access.requireArea(Need.READ, communeCode, null);
        PageRequest request = PageRequest.of(page, size);
        List<CaseDocument> found = open
                ? cases.findByCommuneCodeAndStageNotOrderByOpenedOnDesc(communeCode, CaseStage.CLOSED, request)
                : cases.findByCommuneCodeOrderByOpenedOnDesc(communeCode, request);
        return found.stream().map(CaseSummary::of).toList();
    }

    private ResponseEntity<CaseDocument> send(UUID id, Object command, LocalDate effectiveDate) {
        CaseDocument changed = ExistingRecord.change(cases, id.toString(), CaseController::unknown, access, CaseController::place,
                () -> commands.send(command, effectiveDate));
        accessLog.read(personsIn(changed));
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    private static Refusal unknown() {
        return Refusal.notFound("CASE_UNKNOWN", "Không tìm thấy vụ án, vụ việc.");
    }

    /** Whom a case names: each person as the registry subject they are, else by their id in the case. */
    private static List<String> personsIn(CaseDocument found) {
        return found.persons().stream().map(person -> person.subjectId() != null ? person.subjectId() : person.personId()).toList();
    }

    private static CaseAccess.Place place(CaseDocument d) {
        return new CaseAccess.Place(d.communeCode(), d.villageCode());
    }
}
