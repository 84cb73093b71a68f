package vn.pcmt.assessment.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.assessment.domain.AppraisalKind;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.ProgrammeSchedule.Phase;
import vn.pcmt.assessment.domain.command.DecideRecognition;
import vn.pcmt.assessment.domain.command.RecordAppraisal;
import vn.pcmt.assessment.domain.command.ReviewAppraisal;
import vn.pcmt.assessment.domain.criteria.AppraisalResult;
import vn.pcmt.assessment.domain.criteria.CriteriaSet;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.assessment.query.appraisal.AppraisalDocument;
import vn.pcmt.assessment.query.appraisal.AppraisalRecomputations;
import vn.pcmt.assessment.query.appraisal.AppraisalRecomputations.Recomputation;
import vn.pcmt.assessment.query.appraisal.AppraisalRepository;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areafacts.AreaFactsAssembler;
import vn.pcmt.assessment.query.areafacts.AreaFactsAssembler.Assembled;
import vn.pcmt.assessment.query.schedule.Schedules;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.CurrentActor;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/**
 * Appraisals (API.md, "Areas"): an area's facts on a date against a criteria set. {@code whatIf=true} runs it and
 * records nothing. An area's facts as the criteria read them: {@code GET /api/areas/{code}/facts?asOf=}.
 */
@RestController
@Validated
public class AppraisalController {

    /** The levels each set speaks of. */
    private static final Map<CriteriaSetId, Set<AreaLevel>> LEVELS = Map.of(
            CriteriaSetId.QD28_2025_DRUG_FREE, Set.of(AreaLevel.COMMUNE, AreaLevel.PROVINCE),
            CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA, Set.of(AreaLevel.COMMUNE),
            CriteriaSetId.QD28_2025_PROVINCE_KEY_AREA, Set.of(AreaLevel.PROVINCE),
            CriteriaSetId.LOCAL_10, Set.of(AreaLevel.COMMUNE, AreaLevel.VILLAGE));

    private final Commands commands;
    private final CurrentActor currentActor;
    private final KnownAreas areas;
    private final AreaFactsAssembler facts;
    private final AppraisalRepository appraisals;
    private final AppraisalRecomputations recomputations;
    private final Schedules schedules;
    private final Clock clock;
    private final AreaAccess access;

    public AppraisalController(Commands commands, CurrentActor currentActor, KnownAreas areas, AreaFactsAssembler facts,
                               AppraisalRepository appraisals, AppraisalRecomputations recomputations, Schedules schedules, Clock clock, AreaAccess access) {
        this.access = access;
        this.commands = commands;
        this.currentActor = currentActor;
        this.areas = areas;
        this.facts = facts;
        this.appraisals = appraisals;
        this.recomputations = recomputations;
        this.schedules = schedules;
        this.clock = clock;
    }

    @PostMapping("/api/appraisals")
    ResponseEntity<AppraisalDocument> appraise(@Valid @RequestBody AppraisalRequest request,
                                               @RequestParam(defaultValue = "false") boolean whatIf) {
        if (whatIf) {
            access.requireArea(Need.READ, request.areaCode(), "areaCode");
        } else if (request.kind() == AppraisalKind.SELF_ASSESSMENT) {
            access.requireArea(Need.WRITE, request.areaCode(), "areaCode");
        } else {
            access.requireApprover(request.areaCode(), "areaCode");
        }
        AreaDirectoryDocument area = areas.referenced(request.areaCode(), "areaCode");
        if (!LEVELS.get(request.criteriaSet()).contains(area.level())) {
            throw Refusal.ruleViolated("CRITERIA_SET_NOT_FOR_LEVEL", "Bộ tiêu chí " + request.criteriaSet() + " không áp dụng "
                    + "cho địa bàn cấp " + area.level() + ".", new FieldProblem("criteriaSet", "NOT_FOR_LEVEL", "Không áp dụng cho cấp địa bàn này."));
        }
        Assembled read = facts.assemble(request.areaCode(), request.asOf());
        AppraisalResult result = CriteriaSet.of(request.criteriaSet()).appraise(read.facts());
        int year = ProgrammeYear.appraisedOn(request.asOf()).year();
        Phase phase = schedules.inForce(request.areaCode(), year).schedule()
                .phaseOf(request.kind() == AppraisalKind.SELF_ASSESSMENT, request.asOf());
        if (whatIf) {
            return ResponseEntity.ok(new AppraisalDocument(null, request.areaCode(), request.kind(), year, request.asOf(), phase,
                    result.criteriaSet(),
                    result.criteriaSet().legalSource(), result.outcome(), result.criteria(), read.eventPositions(), read.scopes(),
                    currentActor.get().userId(), Instant.now(), null, null, -1));
        }
        String id = UUID.randomUUID().toString();
        commands.send(new RecordAppraisal(id, request.areaCode(), request.kind(), request.asOf(), phase, result, read.eventPositions(),
                read.scopes()),
                request.asOf());
        AppraisalDocument recorded = appraisals.findById(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/appraisals/" + id)).eTag(Versions.etag(recorded.version())).body(recorded);
    }

    /** The review council's meeting: members, votes, minutes. */
    @PostMapping("/api/appraisals/{id}/reviews")
    ResponseEntity<AppraisalDocument> review(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ReviewRequest request) {
        decidable(id);
        return send(id, new ReviewAppraisal(id.toString(), Versions.ifMatch(ifMatch), request.reviewedOn(), request.members(),
                request.votesFor(), request.votesAgainst(), request.minutes()), request.reviewedOn());
    }

    /** The recognition decision, or its refusal with reasons. */
    @PostMapping("/api/appraisals/{id}/decision")
    ResponseEntity<AppraisalDocument> decide(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody DecisionRequest request) {
        AppraisalDocument appraisal = decidable(id);
        int year = ProgrammeYear.appraisedOn(appraisal.asOf()).year();
        if (appraisal.decision() == null && appraisals.existsByAreaCodeAndDecisionYear(appraisal.areaCode(), year)) {
            throw Refusal.conflict("DECISION_EXISTS", "Địa bàn " + appraisal.areaCode() + " đã có quyết định cho năm " + year + ".",
                    new FieldProblem("appraisalId", "DECISION_EXISTS", "Đã có quyết định năm này."));
        }
        boolean selfAssessmentMissing = schedules.inForce(appraisal.areaCode(), year).schedule().selfAssessmentRequired()
                && !appraisals.existsByAreaCodeAndKindAndYear(appraisal.areaCode(), AppraisalKind.SELF_ASSESSMENT, year);
        return send(id, new DecideRecognition(id.toString(), Versions.ifMatch(ifMatch), request.recognized(), request.decisionNo(),
                request.decidedOn(), request.signer(), request.reasons(), selfAssessmentMissing), request.decidedOn());
    }

    private ResponseEntity<AppraisalDocument> send(UUID id, Object command, LocalDate effectiveDate) {
        if (!appraisals.existsById(id.toString())) {
            throw unknown(); // a decision without an appraisal
        }
        commands.send(command, effectiveDate);
        AppraisalDocument changed = appraisals.findById(id.toString()).orElseThrow(AppraisalController::unknown);
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }

    /** The appraisal, when the caller reads its area and decides for the level above it. */
    private AppraisalDocument decidable(UUID id) {
        AppraisalDocument appraisal = find(id);
        access.requireApprover(appraisal.areaCode(), "appraisalId");
        return appraisal;
    }

    private static Refusal unknown() {
        return Refusal.notFound("APPRAISAL_UNKNOWN", "Không tìm thấy kết quả thẩm định.");
    }

    @GetMapping("/api/appraisals/{id}")
    AppraisalDocument find(@PathVariable UUID id) {
        AppraisalDocument appraisal = appraisals.findById(id.toString()).orElseThrow(AppraisalController::unknown);
        return access.requireReadable(appraisal, appraisal.areaCode(), AppraisalController::unknown);
    }

    /**
     * The appraisal run again on the facts as they were known when it was made, whatever was recorded since; records
     * nothing.
     */
    @GetMapping("/api/appraisals/{id}/recomputation")
    Recomputation recompute(@PathVariable UUID id) {
        find(id);
        return recomputations.of(id.toString()).orElseThrow(AppraisalController::unknown);
    }

    /**
     * A commune's key-area type under QĐ 28 Art. 4 for programme {@code year}: its facts at the period's end (14/12), or
     * today while the year runs; computed, not recorded (the province's approval of classifications is to come).
     */
    @GetMapping("/api/areas/{code}/classification")
    AppraisalDocument classification(@PathVariable @AreaCode String code, @RequestParam @Min(2020) @Max(2100) int year) {
        access.requireArea(Need.READ, code, "code");
        AreaDirectoryDocument area = areas.addressed(code);
        if (area.level() != AreaLevel.COMMUNE) {
            throw Refusal.ruleViolated("CRITERIA_SET_NOT_FOR_LEVEL", "Phân loại theo Điều 4 Quyết định 28/2025 áp dụng cho xã (tỉnh: chưa hỗ trợ).",
                    new FieldProblem("code", "NOT_FOR_LEVEL", "Chỉ áp dụng cho xã."));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate periodEnd = new ProgrammeYear(year).lastDay();
        LocalDate asOf = today.isBefore(periodEnd) ? today : periodEnd;
        if (asOf.isBefore(new ProgrammeYear(year).firstDay())) {
            throw Refusal.ruleViolated("YEAR_NOT_STARTED", "Năm " + year + " chưa bắt đầu.", new FieldProblem("year", "YEAR_NOT_STARTED",
                    "Năm chưa bắt đầu."));
        }
        AppraisalResult result = CriteriaSet.of(CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA).appraise(facts.assemble(code, asOf).facts());
        return new AppraisalDocument(null, code, AppraisalKind.APPRAISAL, year, asOf, null, result.criteriaSet(), result.criteriaSet().legalSource(), result.outcome(),
                result.criteria(), List.of(), Map.of(), null, null, null, null, -1);
    }

    @GetMapping("/api/areas/{code}/facts")
    Assembled facts(@PathVariable @AreaCode String code, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        access.requireArea(Need.READ, code, "code");
        areas.addressed(code);
        return facts.assemble(code, asOf);
    }
}
