package vn.pcmt.cases.web;

import static vn.pcmt.cases.web.StepFields.required;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
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
import vn.pcmt.cases.domain.command.AddGangMember;
import vn.pcmt.cases.domain.command.DismantleGang;
import vn.pcmt.cases.domain.command.IdentifyGang;
import vn.pcmt.cases.domain.command.LinkGangCase;
import vn.pcmt.cases.query.gang.GangDocument;
import vn.pcmt.cases.query.gang.GangRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** Gangs (ổ nhóm) and networks (đường dây): {@code /api/gangs}. */
@RestController
@RequestMapping("/api/gangs")
@Validated
public class GangController {

    private static final String IF_MATCH = "If-Match";

    private final Commands commands;
    private final GangRepository gangs;
    private final Clock clock;
    private final CaseAccess access;
    private final AccessLog accessLog;

    public GangController(Commands commands, GangRepository gangs, Clock clock, CaseAccess access, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.access = access;
        this.commands = commands;
        this.gangs = gangs;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<GangDocument> identify(@Valid @RequestBody IdentifyGangRequest request) {
        String gangId = UUID.randomUUID().toString();
        access.requireArea(Need.WRITE, request.communeCode(), request.villageCode());
        commands.send(new IdentifyGang(gangId, request.kind(), request.alias(), request.activity(), request.communeCode(),
                request.villageCode(), request.identifiedOn(),
                request.membersOrNone().stream().map(m -> m.toMember(UUID.randomUUID().toString())).toList()), request.identifiedOn());
        GangDocument gang = gangs.findById(gangId).orElseThrow();
        accessLog.read(membersOf(gang)); // the answer shows where the members on record live
        return ResponseEntity.created(URI.create("/api/gangs/" + gangId)).eTag(Versions.etag(gang.version())).body(gang);
    }

    @PostMapping("/{id}/members")
    ResponseEntity<GangDocument> addMember(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody GangStepRequest request) {
        return send(id, new AddGangMember(id.toString(), Versions.ifMatch(ifMatch),
                required(request.member(), "member").toMember(UUID.randomUUID().toString()), request.on()), request.on());
    }

    @PostMapping("/{id}/cases")
    ResponseEntity<GangDocument> linkCase(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody GangCaseRequest request) {
        // a link has no day of its own in the real world: it takes the day it is made
        return send(id, new LinkGangCase(id.toString(), Versions.ifMatch(ifMatch), request.caseId().toString()), LocalDate.now(clock));
    }

    @PostMapping("/{id}/dismantling")
    ResponseEntity<GangDocument> dismantle(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody GangStepRequest request) {
        return send(id, new DismantleGang(id.toString(), Versions.ifMatch(ifMatch), request.on()), request.on());
    }

    @GetMapping("/{id}")
    ResponseEntity<GangDocument> find(@PathVariable UUID id) {
        GangDocument gang = gangs.findById(id.toString()).orElseThrow(GangController::unknown);
        access.require(Need.READ, gang, place(gang), GangController::unknown);
        accessLog.read(membersOf(gang));
        return ResponseEntity.ok().eTag(Versions.etag(gang.version())).body(gang);
    }

    /** A commune's gangs and networks, newest first; {@code active=true}: not yet dismantled. */
    @GetMapping
    List<GangDocument> list(@RequestParam @AreaCode String communeCode, @RequestParam(defaultValue = "false") boolean active) {
        access.requireArea(Need.READ, communeCode, null);
        List<GangDocument> found = gangs.findByCommuneCodeOrderByIdentifiedOnDesc(communeCode).stream()
                .filter(gang -> !active || gang.active())
                .toList();
        accessLog.read(found.stream().flatMap(gang -> membersOf(gang).stream()).toList());
        return found;
    }

    private ResponseEntity<GangDocument> send(UUID id, Object command, LocalDate effectiveDate) {
        GangDocument gang = ExistingRecord.change(gangs, id.toString(), GangController::unknown, access, GangController::place,
                () -> commands.send(command, effectiveDate));
        accessLog.read(membersOf(gang));
        return ResponseEntity.ok().eTag(Versions.etag(gang.version())).body(gang);
    }

    private static Refusal unknown() {
        return Refusal.notFound("GANG_UNKNOWN", "Không tìm thấy ổ nhóm, đường dây.");
    }

    /** Whom a gang names: each member as the registry subject they are, else by their id in the gang. */
    private static List<String> membersOf(GangDocument gang) {
        return gang.members().stream().map(member -> member.subjectId() != null ? member.subjectId() : member.memberId()).toList();
    }

    private static CaseAccess.Place place(GangDocument d) {
        return new CaseAccess.Place(d.communeCode(), d.villageCode());
    }
}
