package vn.pcmt.cases.web;

import static vn.pcmt.cases.web.StepFields.required;

import java.net.URI;
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
import vn.pcmt.cases.domain.TipStage;
import vn.pcmt.cases.domain.TipsterVisibility;
import vn.pcmt.cases.domain.command.DismissTip;
import vn.pcmt.cases.domain.command.ReceiveTip;
import vn.pcmt.cases.domain.command.ResolveTip;
import vn.pcmt.cases.domain.command.TriageTip;
import vn.pcmt.cases.domain.command.VerifyTip;
import vn.pcmt.cases.query.tip.TipDocument;
import vn.pcmt.cases.query.tip.TipRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.CurrentActor;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** Tips (nguồn tin, tố giác): API.md, "Cases": {@code /api/tips}. */
@RestController
@RequestMapping("/api/tips")
@Validated
public class TipController {

    private final Commands commands;
    private final TipRepository tips;
    private final CurrentActor currentActor;
    private final CaseAccess access;
    private final AccessLog accessLog;

    public TipController(Commands commands, TipRepository tips, CurrentActor currentActor, CaseAccess access, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.access = access;
        this.commands = commands;
        this.tips = tips;
        this.currentActor = currentActor;
    }

    @PostMapping
    ResponseEntity<TipView> receive(@Valid @RequestBody ReceiveTipRequest request) {
        String tipId = UUID.randomUUID().toString();
        Actor actor = currentActor.get();
        access.requireArea(Need.WRITE, request.communeCode(), request.villageCode());
        commands.send(new ReceiveTip(tipId, request.channel(), request.receivedOn(), request.communeCode(), request.villageCode(),
                request.content(), request.anonymous(), request.tipster() == null ? null : request.tipster().toTipster(),
                actor.userId()), actor, request.receivedOn());
        TipDocument tip = tips.findById(tipId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/tips/" + tipId)).eTag(Versions.etag(tip.version())).body(view(tip, actor));
    }

    @PostMapping("/{id}/steps")
    ResponseEntity<TipView> step(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                 @Valid @RequestBody TipStepRequest request) {
        String tipId = id.toString();
        Long version = Versions.ifMatch(ifMatch);
        Object command = switch (request.step()) {
            case TRIAGE -> new TriageTip(tipId, version, request.on(), request.urgent(), required(request.handlers(), "handlers"));
            case VERIFY -> new VerifyTip(tipId, version, request.on(), required(request.confirmed(), "confirmed"), request.findings());
            case RESOLVE -> new ResolveTip(tipId, version, request.on(), required(request.outcome(), "outcome"),
                    required(request.referenceId(), "referenceId").toString());
            case DISMISS -> new DismissTip(tipId, version, request.on(), required(request.reason(), "reason"));
        };
        Actor actor = currentActor.get();
        TipDocument tip = ExistingRecord.change(tips, tipId, TipController::unknown, access, TipController::place,
                () -> commands.send(command, actor, request.on()));
        return ResponseEntity.ok().eTag(Versions.etag(tip.version())).body(view(tip, actor));
    }

    @GetMapping("/{id}")
    ResponseEntity<TipView> find(@PathVariable UUID id) {
        TipDocument tip = tips.findById(id.toString()).orElseThrow(TipController::unknown);
        access.require(Need.READ, tip, place(tip), TipController::unknown);
        return ResponseEntity.ok().eTag(Versions.etag(tip.version())).body(view(tip, currentActor.get()));
    }

    /** A commune's tips, newest first, a page at a time, never with the tipster; {@code open=true}: not yet resolved or dismissed. */
    @GetMapping
    List<TipView> list(@RequestParam @AreaCode String communeCode, @RequestParam(defaultValue = "false") boolean open,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        access.requireArea(Need.READ, communeCode, null);
        PageRequest request = PageRequest.of(page, size);
        List<TipDocument> found = open
                ? tips.findByCommuneCodeAndStageNotInOrderByReceivedOnDesc(communeCode, List.of(TipStage.RESOLVED, TipStage.DISMISSED), request)
                : tips.findByCommuneCodeOrderByReceivedOnDesc(communeCode, request);
        return found.stream().map(tip -> TipView.of(tip, false)).toList();
    }

    /** The tip as {@code actor} may see it; a tipster shown is a person read, kept in the audit under the tip's id. */
    private TipView view(TipDocument tip, Actor actor) {
        boolean tipsterShown = TipsterVisibility.visibleTo(actor, tip.handlers()) && tip.tipster() != null;
        if (tipsterShown) {
            accessLog.read(List.of(tip.tipId()));
        }
        return TipView.of(tip, tipsterShown);
    }

    private static Refusal unknown() {
        return Refusal.notFound("TIP_UNKNOWN", "Không tìm thấy tin báo.");
    }

    private static CaseAccess.Place place(TipDocument d) {
        return new CaseAccess.Place(d.communeCode(), d.villageCode());
    }
}
