package vn.pcmt.registry.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;
import vn.pcmt.registry.domain.Article256a;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.Flag;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.TreatmentKind;
import vn.pcmt.registry.domain.command.RegisterSubject;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;
import vn.pcmt.registry.query.subjectlist.FindSubjects;
import vn.pcmt.registry.query.subjectlist.Overdue;
import vn.pcmt.registry.query.subjectlist.SubjectFilter;

/**
 * Registration and every read of subjects: profile (as of a date), history, lists, counts and Art. 256a; each read
 * naming persons is appended to the access log first.
 */
@RestController
@RequestMapping("/api/subjects")
public class SubjectController {

    private final Commands commands;
    private final SubjectFiles files;
    private final FindSubjects subjects;
    private final AccessLog accessLog;
    private final SubjectAccess access;
    private final Clock clock;

    public SubjectController(Commands commands, SubjectFiles files, FindSubjects subjects, AccessLog accessLog, SubjectAccess access,
                             Clock clock) {
        this.commands = commands;
        this.files = files;
        this.subjects = subjects;
        this.accessLog = accessLog;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<SubjectResponse> register(@Valid @RequestBody RegisterSubjectRequest request) {
        String subjectId = UUID.randomUUID().toString();
        var residence = request.residence();
        access.requireArea(Need.WRITE, residence.communeCode(), residence.villageCode(), "residence.communeCode");
        try {
            commands.send(new RegisterSubject(subjectId, request.fullName(), request.dateOfBirth(), request.sex(),
                    request.nationalId(), request.nationalIdMissingReason(), new Residence(residence.communeCode(), residence.villageCode(), residence.address()),
                    request.category(), request.foundBy(), request.foundOn(), Boolean.TRUE.equals(request.confirmedDistinct())),
                    request.foundOn());
        } catch (Refusal refusal) {
            throw auditNamed(accessLog, refusal);
        }
        SubjectFiles.Versioned created = files.find(subjectId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/subjects/" + subjectId))
                .eTag(Versions.etag(created.version()))
                .body(SubjectResponse.of(created.file(), created.version(), LocalDate.now(clock)));
    }

    /**
     * @param asOf    the status on that date, from events effective by then
     * @param knownAt only what had been recorded by that instant (reproduces an answer given then)
     */
    @GetMapping("/{id}")
    ResponseEntity<SubjectResponse> find(@PathVariable UUID id,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                         @RequestParam(required = false) Instant knownAt) {
        LocalDate date = asOf != null ? asOf : knownAt != null ? LocalDate.ofInstant(knownAt, clock.getZone()) : LocalDate.now(clock);
        boolean past = asOf != null || knownAt != null;
        SubjectFiles.Versioned found = files.find(id.toString(), past ? date : null, knownAt).orElseThrow(SubjectController::unknown);
        // who may read is judged on where the person lives now: the file as of today, the one just read unless in the past
        access.require(Need.READ, past ? readableNow(id) : found.file());
        accessLog.read(List.of(id.toString()));
        return ResponseEntity.ok().eTag(Versions.etag(found.version())).body(SubjectResponse.of(found.file(), found.version(), date));
    }

    /**
     * {@code communeCode}: only what happened while the person lived there (the old commune's view after a move); a
     * caller who may read only a former residence's commune gets that view whatever they ask.
     */
    @GetMapping("/{id}/history")
    List<SubjectFiles.HistoryEntry> history(@PathVariable UUID id, @RequestParam(required = false) @AreaCode String communeCode) {
        SubjectFile file = files.find(id.toString()).orElseThrow(SubjectController::unknown).file();
        String view = communeCode;
        if (!access.allows(Need.READ, file.residence())) {
            view = access.formerCommuneInScope(file).orElseThrow(SubjectController::unknown);
        }
        accessLog.read(List.of(id.toString()));
        return files.history(id.toString(), view);
    }

    @GetMapping("/{id}/drug-tests/{testId}")
    SubjectFile.DrugTest drugTest(@PathVariable UUID id, @PathVariable UUID testId) {
        SubjectFile file = readable(id);
        SubjectFile.DrugTest test = file.tests().stream()
                .filter(each -> each.testId().equals(testId.toString())).findFirst()
                .orElseThrow(() -> Refusal.notFound("DRUG_TEST_UNKNOWN", "Không tìm thấy kết quả xét nghiệm."));
        accessLog.read(List.of(id.toString()));
        return test;
    }

    @GetMapping("/{id}/treatments/{treatmentId}")
    SubjectFile.Treatment treatment(@PathVariable UUID id, @PathVariable UUID treatmentId) {
        SubjectFile.Treatment treatment = readable(id).treatment(treatmentId.toString())
                .orElseThrow(() -> Refusal.notFound("TREATMENT_UNKNOWN", "Không tìm thấy đợt điều trị/cai nghiện."));
        accessLog.read(List.of(id.toString()));
        return treatment;
    }

    /** Whether a positive test on {@code testedOn} is a crime under Criminal Code Art. 256a, and why. */
    @GetMapping("/{id}/article-256a")
    Article256a.Assessment article256a(@PathVariable UUID id,
                                       @RequestParam @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate testedOn) {
        SubjectFile file = readable(id);
        // a duplicate merged into this subject was the same person: its treatments and periods count too
        List<Article256a.Assessment> assessments = new ArrayList<>(List.of(Article256a.assess(file, testedOn)));
        file.duplicates().forEach(duplicate -> files.find(duplicate)
                .ifPresent(found -> assessments.add(Article256a.assess(found.file(), testedOn))));
        List<String> read = new ArrayList<>(List.of(id.toString()));
        read.addAll(file.duplicates());
        accessLog.read(read);
        return Article256a.combine(assessments);
    }

    @GetMapping
    FindSubjects.Page list(@RequestParam(required = false) @AreaCode String communeCode,
                           @RequestParam(required = false) @AreaCode String villageCode,
                           @RequestParam(required = false) Category category,
                           @RequestParam(required = false) TreatmentKind treatment,
                           @RequestParam(required = false) Flag flag,
                           @RequestParam(required = false) Overdue overdue,
                           @RequestParam(required = false) @Min(0) @Max(3660) Integer managementEndingWithinDays,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                           @RequestParam(required = false) Instant knownAt,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                           @RequestParam(defaultValue = "fullName,asc") @Pattern(regexp = "^\\w+(,(asc|desc))?$") String sort) {
        String[] parts = sort.split(",");
        if (!FindSubjects.SORTABLE.contains(parts[0])) {
            throw Refusal.invalid("VALIDATION_FAILED", "Không thể sắp xếp theo trường " + parts[0] + ".",
                    new FieldProblem("sort", "NOT_SORTABLE", "Chỉ sắp xếp theo: " + String.join(", ", FindSubjects.SORTABLE.stream().sorted().toList())));
        }
        Sort.Direction direction = parts.length > 1 && parts[1].equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
        SubjectFilter filter = filter(communeCode, villageCode, category, treatment, flag, overdue, managementEndingWithinDays);
        access.requireArea(Need.READ, communeCode, villageCode, communeCode != null ? "communeCode" : "villageCode");
        FindSubjects.Page found = subjects.list(filter, asOf, knownAt, page, size, parts[0], direction);
        accessLog.read(found.items().stream().map(FindSubjects.Row::subjectId).toList());
        return found;
    }

    /** Counts for the area as of a date, grouped as steering committees report them. */
    @GetMapping("/counts")
    FindSubjects.Counts count(@RequestParam(required = false) @AreaCode String communeCode,
                              @RequestParam(required = false) @AreaCode String villageCode,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              @RequestParam(required = false) Instant knownAt) {
        SubjectFilter filter = filter(communeCode, villageCode, null, null, null, null, null);
        access.requireArea(Need.READ, communeCode, villageCode, communeCode != null ? "communeCode" : "villageCode");
        return subjects.count(filter, asOf, knownAt);
    }

    private static SubjectFilter filter(String communeCode, String villageCode, Category category, TreatmentKind treatment,
                                        Flag flag, Overdue overdue, Integer managementEndingWithinDays) {
        if (communeCode == null && villageCode == null) {
            throw Refusal.invalid("VALIDATION_FAILED", "Hãy chọn xã hoặc thôn/xóm.",
                    new FieldProblem("communeCode", "REQUIRED", "Cần communeCode hoặc villageCode."));
        }
        return new SubjectFilter(communeCode, villageCode, category, treatment, flag, overdue, managementEndingWithinDays);
    }

    /** The subject's file if the caller may read it; otherwise, to them, it does not exist. */
    private SubjectFile readable(UUID id) {
        SubjectFile file = readableNow(id);
        access.require(Need.READ, file);
        return file;
    }

    private SubjectFile readableNow(UUID id) {
        return files.find(id.toString()).orElseThrow(SubjectController::unknown).file();
    }

    /**
     * A duplicate refusal names existing subjects (by id, wherever they live): telling the caller that a person is on
     * record is a read of that person, kept in the access audit like any other.
     */
    static Refusal auditNamed(AccessLog accessLog, Refusal refusal) {
        List<String> named = new java.util.ArrayList<>();
        Object existing = refusal.properties().get("existingSubjectId");
        if (existing != null) {
            named.add(existing.toString());
        }
        if (refusal.properties().get("candidates") instanceof Collection<?> candidates) {
            candidates.forEach(candidate -> named.add(candidate.toString()));
        }
        accessLog.read(named);
        return refusal;
    }

    static Refusal unknown() {
        return Refusal.notFound("SUBJECT_UNKNOWN", "Không tìm thấy đối tượng.");
    }
}
