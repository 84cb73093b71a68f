package vn.pcmt.cases.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
import vn.pcmt.cases.domain.command.CloseHotspot;
import vn.pcmt.cases.domain.command.EliminateHotspot;
import vn.pcmt.cases.domain.command.IdentifyHotspot;
import vn.pcmt.cases.domain.command.RecordHotspotReEmergence;
import vn.pcmt.cases.domain.command.StartHotspotAction;
import vn.pcmt.cases.query.hotspot.HotspotDocument;
import vn.pcmt.cases.query.hotspot.HotspotRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** Hotspots (API.md, "Cases"): identification and each change of stage. */
@RestController
@RequestMapping("/api/hotspots")
@Validated
public class HotspotController {

    private static final String IF_MATCH = "If-Match";

    private final Commands commands;
    private final HotspotRepository hotspots;
    private final CaseAccess access;

    public HotspotController(Commands commands, HotspotRepository hotspots, CaseAccess access) {
        this.access = access;
        this.commands = commands;
        this.hotspots = hotspots;
    }

    @PostMapping
    ResponseEntity<HotspotDocument> identify(@Valid @RequestBody IdentifyHotspotRequest request) {
        String hotspotId = UUID.randomUUID().toString();
        access.requireArea(Need.WRITE, request.communeCode(), request.villageCode());
        commands.send(new IdentifyHotspot(hotspotId, request.kind(), request.communeCode(), request.villageCode(),
                request.identifiedOn(), request.suspected(), request.evidence()), request.identifiedOn());
        HotspotDocument hotspot = hotspots.findById(hotspotId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/hotspots/" + hotspotId)).eTag(Versions.etag(hotspot.version())).body(hotspot);
    }

    @PostMapping("/{id}/actions")
    ResponseEntity<HotspotDocument> startAction(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody HotspotStepRequest request) {
        return step(id, request, version -> new StartHotspotAction(id.toString(), version, request.on(), request.note()), ifMatch);
    }

    @PostMapping("/{id}/eliminations")
    ResponseEntity<HotspotDocument> eliminate(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody HotspotStepRequest request) {
        return step(id, request, version -> new EliminateHotspot(id.toString(), version, request.on(), request.note()), ifMatch);
    }

    @PostMapping("/{id}/closures")
    ResponseEntity<HotspotDocument> close(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody HotspotStepRequest request) {
        return step(id, request, version -> new CloseHotspot(id.toString(), version, request.on(), request.note()), ifMatch);
    }

    @PostMapping("/{id}/re-emergences")
    ResponseEntity<HotspotDocument> reEmerge(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                             @Valid @RequestBody HotspotStepRequest request) {
        return step(id, request, version -> new RecordHotspotReEmergence(id.toString(), version, request.on(), request.note()), ifMatch);
    }

    @GetMapping("/{id}")
    ResponseEntity<HotspotDocument> find(@PathVariable UUID id) {
        HotspotDocument hotspot = hotspots.findById(id.toString()).orElseThrow(HotspotController::unknown);
        access.require(Need.READ, hotspot, place(hotspot), HotspotController::unknown);
        return ResponseEntity.ok().eTag(Versions.etag(hotspot.version())).body(hotspot);
    }

    /** A commune's hotspots, newest first; {@code active=true}: only those existing on the ground. */
    @GetMapping
    List<HotspotDocument> list(@RequestParam @AreaCode String communeCode, @RequestParam(defaultValue = "false") boolean active) {
        access.requireArea(Need.READ, communeCode, null);
        return hotspots.findByCommuneCodeOrderByIdentifiedOnDesc(communeCode).stream()
                .filter(h -> !active || h.active())
                .toList();
    }

    private ResponseEntity<HotspotDocument> step(UUID id, HotspotStepRequest request, Function<Long, Object> command, String ifMatch) {
        HotspotDocument hotspot = ExistingRecord.change(hotspots, id.toString(), HotspotController::unknown, access, HotspotController::place,
                () -> commands.send(command.apply(Versions.ifMatch(ifMatch)), request.on()));
        return ResponseEntity.ok().eTag(Versions.etag(hotspot.version())).body(hotspot);
    }

    private static Refusal unknown() {
        return Refusal.notFound("HOTSPOT_UNKNOWN", "Không tìm thấy điểm, tụ điểm.");
    }

    private static CaseAccess.Place place(HotspotDocument d) {
        return new CaseAccess.Place(d.communeCode(), d.villageCode());
    }
}
