package vn.pcmt.cases.web;

import static vn.pcmt.cases.web.StepFields.required;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
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
import vn.pcmt.cases.domain.DossierStage;
import vn.pcmt.cases.domain.RehabDossier;
import vn.pcmt.cases.domain.SubjectDirectory;
import vn.pcmt.cases.domain.command.EndCompulsoryRehab;
import vn.pcmt.cases.domain.command.ExecuteDecision;
import vn.pcmt.cases.domain.command.NotifyPerson;
import vn.pcmt.cases.domain.command.PrepareRehabDossier;
import vn.pcmt.cases.domain.command.RecordCourtDecision;
import vn.pcmt.cases.domain.command.ReturnDossier;
import vn.pcmt.cases.domain.command.SendDossierToCourt;
import vn.pcmt.cases.domain.command.WithdrawDossier;
import vn.pcmt.cases.query.rehabdossier.RehabDossierDocument;
import vn.pcmt.cases.query.rehabdossier.RehabDossierRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** Compulsory-rehab dossiers (TTLT 03/2025): preparation, each step, and the list of deadlines breached. */
@RestController
@RequestMapping("/api/rehab-dossiers")
@Validated
public class RehabDossierController {

    /** A subject has at most one dossier on its way to, or in, compulsory rehab. */
    private static final EnumSet<DossierStage> OPEN_STAGES = EnumSet.of(DossierStage.PREPARED, DossierStage.NOTIFIED,
            DossierStage.SENT_TO_COURT, DossierStage.RETURNED, DossierStage.ACCEPTED, DossierStage.EXECUTED);

    private final Commands commands;
    private final RehabDossierRepository dossiers;
    private final Clock clock;
    private final CaseAccess access;
    private final SubjectDirectory subjects;
    private final AccessLog accessLog;

    public RehabDossierController(Commands commands, RehabDossierRepository dossiers, Clock clock, CaseAccess access, AccessLog accessLog, SubjectDirectory subjects) {
        this.subjects = subjects;
        this.accessLog = accessLog;
        this.access = access;
        this.commands = commands;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<RehabDossierDocument> prepare(@Valid @RequestBody PrepareRehabDossierRequest request) {
        access.requireArea(Need.WRITE, request.communeCode(), null);
        PrepareRehabDossier prepare = new PrepareRehabDossier(UUID.randomUUID().toString(), request.subjectId().toString(),
                request.communeCode(), request.preparedOn(), request.violationRecordOn(), request.cvSummary(), request.addictionProofOn(),
                request.personStatement(), request.repeat());
        // where the person lives first: an open dossier elsewhere is not this commune's to learn of
        RehabDossier.requireResident(prepare, subjects);
        if (dossiers.existsBySubjectIdAndStageIn(request.subjectId().toString(), OPEN_STAGES)) {
            throw Refusal.conflict("DOSSIER_ALREADY_OPEN", "Đối tượng đang có hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện "
                    + "bắt buộc chưa kết thúc.", new FieldProblem("subjectId", "DOSSIER_ALREADY_OPEN", "Đã có hồ sơ đang xử lý."));
        }
        commands.send(prepare, request.preparedOn());
        String dossierId = prepare.dossierId();
        RehabDossierDocument dossier = dossiers.findById(dossierId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/rehab-dossiers/" + dossierId)).eTag(Versions.etag(dossier.version()))
                .body(dossier);
    }

    @PostMapping("/{id}/steps")
    ResponseEntity<RehabDossierDocument> step(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody DossierStepRequest request) {
        String dossierId = id.toString();
        Long version = Versions.ifMatch(ifMatch);
        Object command = switch (request.step()) {
            case NOTIFY -> new NotifyPerson(dossierId, version, request.on());
            case SEND_TO_COURT -> new SendDossierToCourt(dossierId, version, request.on());
            case COURT_DECISION -> new RecordCourtDecision(dossierId, version, required(request.decisionNo(), "decisionNo"),
                    request.on(), required(request.receivedOn(), "receivedOn"), required(request.accepted(), "accepted"),
                    request.months());
            case EXECUTE -> new ExecuteDecision(dossierId, version, request.on(), required(request.facility(), "facility"));
            case END -> new EndCompulsoryRehab(dossierId, version, request.on(), required(request.outcome(), "outcome"));
            case COURT_RETURN -> new ReturnDossier(dossierId, version, request.on(), required(request.reason(), "reason"));
            case WITHDRAW -> new WithdrawDossier(dossierId, version, request.on(), required(request.reason(), "reason"));
        };
        RehabDossierDocument dossier = ExistingRecord.change(dossiers, dossierId, RehabDossierController::unknown, access, RehabDossierController::place,
                () -> commands.send(command, request.on()));
        accessLog.read(List.of(dossier.subjectId()));
        return ResponseEntity.ok().eTag(Versions.etag(dossier.version())).body(dossier);
    }

    @GetMapping("/{id}")
    ResponseEntity<RehabDossierDocument> find(@PathVariable UUID id) {
        RehabDossierDocument dossier = dossiers.findById(id.toString()).orElseThrow(RehabDossierController::unknown);
        access.require(Need.READ, dossier, place(dossier), RehabDossierController::unknown);
        accessLog.read(List.of(dossier.subjectId()));
        return ResponseEntity.ok().eTag(Versions.etag(dossier.version())).body(dossier);
    }

    /** A commune's dossiers, newest first; {@code breached=true}: only those past a deadline or done late. */
    @GetMapping
    List<RehabDossierDocument> list(@RequestParam @AreaCode String communeCode,
                                    @RequestParam(defaultValue = "false") boolean breached) {
        access.requireArea(Need.READ, communeCode, null);
        LocalDate today = LocalDate.now(clock);
        List<RehabDossierDocument> found = dossiers.findByCommuneCodeOrderByPreparedOnDesc(communeCode).stream()
                .filter(d -> !breached || d.breachedOn(today))
                .toList();
        accessLog.read(found.stream().map(RehabDossierDocument::subjectId).toList());
        return found;
    }


    private static Refusal unknown() {
        return Refusal.notFound("DOSSIER_UNKNOWN", "Không tìm thấy hồ sơ đề nghị áp dụng biện pháp cai nghiện bắt buộc.");
    }

    private static CaseAccess.Place place(RehabDossierDocument d) {
        return new CaseAccess.Place(d.communeCode(), null);
    }
}
