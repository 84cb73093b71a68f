package vn.pcmt.assessment.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.Classification;
import vn.pcmt.assessment.domain.command.ApproveClassification;
import vn.pcmt.assessment.domain.command.ClassifyCommune;
import vn.pcmt.assessment.domain.criteria.AppraisalResult;
import vn.pcmt.assessment.domain.criteria.CriteriaSet;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areafacts.AreaFactsAssembler;
import vn.pcmt.assessment.query.classification.ClassificationDocument;
import vn.pcmt.assessment.query.classification.ClassificationRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** Key-area classifications (QĐ 28/2025 Art. 4 and 7): recorded once a year's period has ended, then approved. */
@RestController
@RequestMapping("/api/classifications")
@Validated
public class ClassificationController {

    private final Commands commands;
    private final KnownAreas areas;
    private final AreaFactsAssembler facts;
    private final ClassificationRepository classifications;
    private final Clock clock;
    private final AreaAccess access;

    public ClassificationController(Commands commands, KnownAreas areas, AreaFactsAssembler facts,
                                    ClassificationRepository classifications, Clock clock, AreaAccess access) {
        this.access = access;
        this.commands = commands;
        this.areas = areas;
        this.facts = facts;
        this.classifications = classifications;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ClassificationDocument> classify(@Valid @RequestBody ClassificationRequest request) {
        access.requireArea(Need.WRITE, request.communeCode(), "communeCode");
        AreaDirectoryDocument commune = areas.referenced(request.communeCode(), "communeCode");
        if (commune.level() != AreaLevel.COMMUNE) {
            throw Refusal.ruleViolated("AREA_UNKNOWN", "Không có xã mã " + request.communeCode() + ".",
                    new FieldProblem("communeCode", "AREA_UNKNOWN", "Không có xã mã này."));
        }
        LocalDate periodEnd = new ProgrammeYear(request.year()).lastDay();
        if (!LocalDate.now(clock).isAfter(periodEnd)) {
            throw Refusal.ruleViolated("PERIOD_NOT_OVER", "Kỳ " + request.year() + " kết thúc ngày " + periodEnd + "; phân loại sau ngày đó.",
                    new FieldProblem("year", "PERIOD_NOT_OVER", "Kỳ chưa kết thúc."));
        }
        String id = Classification.id(commune.code(), request.year());
        if (classifications.existsById(id)) {
            throw Refusal.conflict("CLASSIFICATION_DUPLICATE", "Xã " + commune.code() + " đã được phân loại cho năm " + request.year() + ".",
                    new FieldProblem("year", "DUPLICATE", "Đã phân loại năm này."));
        }
        AppraisalResult result = CriteriaSet.of(CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA).appraise(facts.assemble(commune.code(), periodEnd)
                .facts());
        commands.send(new ClassifyCommune(id, commune.code(), request.year(), result.outcome(), result.criteria()), periodEnd);
        ClassificationDocument recorded = classifications.findById(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/classifications/" + commune.code() + "/" + request.year()))
                .eTag(Versions.etag(recorded.version())).body(recorded);
    }

    @PostMapping("/{communeCode}/{year}/approval")
    ResponseEntity<ClassificationDocument> approve(@PathVariable @AreaCode String communeCode, @PathVariable @Min(2020) @Max(2100) int year,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody ApprovalRequest request) {
        access.requireApprover(communeCode, "communeCode");
        String id = Classification.id(communeCode, year);
        if (!classifications.existsById(id)) {
            throw unknown();
        }
        commands.send(new ApproveClassification(id, Versions.ifMatch(ifMatch), request.approvedOn(), request.decisionNo()),
                request.approvedOn());
        ClassificationDocument approved = classifications.findById(id).orElseThrow(ClassificationController::unknown);
        return ResponseEntity.ok().eTag(Versions.etag(approved.version())).body(approved);
    }

    @GetMapping("/{communeCode}/{year}")
    ClassificationDocument find(@PathVariable @AreaCode String communeCode, @PathVariable @Min(2020) @Max(2100) int year) {
        access.requireArea(Need.READ, communeCode, "communeCode");
        return classifications.findById(Classification.id(communeCode, year)).orElseThrow(ClassificationController::unknown);
    }

    private static Refusal unknown() {
        return Refusal.notFound("CLASSIFICATION_UNKNOWN", "Chưa có phân loại của xã cho năm này.");
    }
}
