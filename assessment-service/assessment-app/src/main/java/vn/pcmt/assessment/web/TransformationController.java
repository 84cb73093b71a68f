package vn.pcmt.assessment.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.TransformationProgress;
import vn.pcmt.assessment.domain.TransformationStage;
import vn.pcmt.assessment.domain.command.CompleteTransformation;
import vn.pcmt.assessment.domain.command.RecordRelapse;
import vn.pcmt.assessment.domain.command.SelectForTransformation;
import vn.pcmt.assessment.domain.criteria.CriteriaSet;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.areadirectory.AreaScope;
import vn.pcmt.assessment.query.areafacts.AreaFactsAssembler;
import vn.pcmt.assessment.query.transformation.TransformationDocument;
import vn.pcmt.assessment.query.transformation.TransformationRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/**
 * Transformation (chuyển hóa) of key complex communes: selection, transformation and relapse, each judged on the
 * commune's QĐ 28 Art. 4 type on the facts of its day; a province's (or a commune's) transformations against the targets.
 */
@RestController
@Validated
public class TransformationController {

    private final Commands commands;
    private final KnownAreas areas;
    private final AreaDirectoryRepository directory;
    private final AreaFactsAssembler facts;
    private final AreaScope scope;
    private final TransformationRepository transformations;
    private final AreaAccess access;

    public TransformationController(Commands commands, KnownAreas areas, AreaDirectoryRepository directory, AreaFactsAssembler facts,
                                    AreaScope scope, TransformationRepository transformations, AreaAccess access) {
        this.access = access;
        this.commands = commands;
        this.areas = areas;
        this.directory = directory;
        this.facts = facts;
        this.scope = scope;
        this.transformations = transformations;
    }

    @PostMapping("/api/transformations")
    ResponseEntity<TransformationDocument> select(@Valid @RequestBody TransformationRequest request) {
        access.requireApprover(request.communeCode(), "communeCode");
        AreaDirectoryDocument commune = areas.referenced(request.communeCode(), "communeCode");
        if (commune.level() != AreaLevel.COMMUNE) {
            throw Refusal.ruleViolated("AREA_LEVEL_NOT_ALLOWED", "Chuyển hóa địa bàn trọng điểm áp dụng cho xã.",
                    new FieldProblem("communeCode", "AREA_LEVEL_NOT_ALLOWED", "Chỉ cấp xã."));
        }
        if (commune.closed()) {
            throw Refusal.ruleViolated("AREA_CLOSED", "Xã " + commune.code() + " đã sáp nhập hoặc chia tách.",
                    new FieldProblem("communeCode", "AREA_CLOSED", "Địa bàn đã sáp nhập hoặc chia tách."));
        }
        if (transformations.existsByCommuneCodeAndStageIn(commune.code(), EnumSet.of(TransformationStage.SELECTED,
                TransformationStage.TRANSFORMED))) {
            throw Refusal.conflict("TRANSFORMATION_EXISTS", "Xã " + commune.code() + " đang được chuyển hóa hoặc đã chuyển hóa.",
                    new FieldProblem("communeCode", "TRANSFORMATION_EXISTS", "Đã được lựa chọn."));
        }
        String id = UUID.randomUUID().toString();
        commands.send(new SelectForTransformation(id, commune.code(), request.selectedOn(), request.decisionNo(),
                typeOn(commune.code(), request.selectedOn())), request.selectedOn());
        TransformationDocument selected = transformations.findById(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/transformations/" + id)).eTag(Versions.etag(selected.version())).body(selected);
    }

    @PostMapping("/api/transformations/{id}/completion")
    ResponseEntity<TransformationDocument> complete(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                    @Valid @RequestBody TransformationCompletionRequest request) {
        TransformationDocument transformation = find(id);
        access.requireApprover(transformation.communeCode(), "transformationId");
        commands.send(new CompleteTransformation(id.toString(), Versions.ifMatch(ifMatch), request.transformedOn(), request.decisionNo(),
                typeOn(transformation.communeCode(), request.transformedOn())), request.transformedOn());
        return changed(id);
    }

    @PostMapping("/api/transformations/{id}/relapse")
    ResponseEntity<TransformationDocument> relapse(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody RelapseRequest request) {
        TransformationDocument transformation = find(id);
        access.requireApprover(transformation.communeCode(), "transformationId");
        commands.send(new RecordRelapse(id.toString(), Versions.ifMatch(ifMatch), request.relapsedOn(),
                typeOn(transformation.communeCode(), request.relapsedOn()), request.reason()), request.relapsedOn());
        return changed(id);
    }

    @GetMapping("/api/transformations/{id}")
    TransformationDocument find(@PathVariable UUID id) {
        Supplier<Refusal> unknown = () -> Refusal.notFound("TRANSFORMATION_UNKNOWN", "Không tìm thấy địa bàn chuyển hóa.");
        TransformationDocument transformation = transformations.findById(id.toString()).orElseThrow(unknown);
        return access.requireReadable(transformation, transformation.communeCode(), unknown);
    }

    /**
     * The transformations of a province's communes, those merged or split since included (or of one commune and those
     * merged into it), and the programme's targets against them, each commune counted once by its latest selection.
     */
    @GetMapping("/api/areas/{code}/transformations")
    Overview overview(@PathVariable @AreaCode String code) {
        access.requireArea(Need.READ, code, "code");
        AreaDirectoryDocument area = areas.addressed(code);
        List<String> communes = switch (area.level()) {
            case PROVINCE -> directory.findByParentCodeOrderByCode(code).stream().map(AreaDirectoryDocument::code).toList();
            case COMMUNE -> List.copyOf(scope.codesOf(code));
            case VILLAGE -> throw Refusal.ruleViolated("AREA_LEVEL_NOT_ALLOWED", "Chuyển hóa địa bàn trọng điểm áp dụng cho xã.",
                    new FieldProblem("code", "AREA_LEVEL_NOT_ALLOWED", "Chỉ cấp tỉnh hoặc xã."));
        };
        List<TransformationDocument> all = transformations.findByCommuneCodeInOrderBySelectedOn(communes);
        Map<String, TransformationStage> latest = new LinkedHashMap<>();
        all.forEach(transformation -> latest.put(transformation.communeCode(), transformation.stage()));
        return new Overview(code, TransformationProgress.of(latest.values()), all);
    }

    public record Overview(String areaCode, TransformationProgress progress, List<TransformationDocument> transformations) {
    }

    private String typeOn(String communeCode, LocalDate day) {
        return CriteriaSet.of(CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA).appraise(facts.assemble(communeCode, day).facts()).outcome();
    }

    private ResponseEntity<TransformationDocument> changed(UUID id) {
        TransformationDocument changed = find(id);
        return ResponseEntity.ok().eTag(Versions.etag(changed.version())).body(changed);
    }
}
