package vn.pcmt.registry.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.Versions;
import vn.pcmt.registry.domain.Flag;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.command.AbsorbDuplicate;
import vn.pcmt.registry.domain.command.AssignSupervisor;
import vn.pcmt.registry.domain.command.ClearFlag;
import vn.pcmt.registry.domain.command.CorrectSubjectDetails;
import vn.pcmt.registry.domain.command.DetermineAddiction;
import vn.pcmt.registry.domain.command.EndTreatment;
import vn.pcmt.registry.domain.command.MergeSubjectInto;
import vn.pcmt.registry.domain.command.MoveSubject;
import vn.pcmt.registry.domain.command.RaiseFlag;
import vn.pcmt.registry.domain.command.RecordDrugTest;
import vn.pcmt.registry.domain.command.RecordResidenceCheck;
import vn.pcmt.registry.domain.command.RecordSupport;
import vn.pcmt.registry.domain.command.RemoveSubject;
import vn.pcmt.registry.domain.command.RetractEntry;
import vn.pcmt.registry.domain.command.StartManagementPeriod;
import vn.pcmt.registry.domain.command.StartTreatment;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;

/**
 * Everything recorded about a subject after registration. Each change is a new event with its effective date; an
 * {@code If-Match} with the version the officer saw makes a change to a newer version fail with 412, so two officers
 * editing the same person never overwrite each other unseen.
 */
@RestController
@RequestMapping("/api/subjects/{id}")
public class SubjectChangeController {

    private static final String IF_MATCH = "If-Match";

    private final Commands commands;
    private final SubjectFiles files;
    private final AccessLog accessLog;
    private final SubjectAccess access;
    private final Clock clock;

    public SubjectChangeController(Commands commands, SubjectFiles files, AccessLog accessLog, SubjectAccess access, Clock clock) {
        this.commands = commands;
        this.files = files;
        this.accessLog = accessLog;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/drug-tests")
    ResponseEntity<SubjectResponse> recordDrugTest(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody RecordDrugTestRequest request) {
        String testId = UUID.randomUUID().toString();
        return created(id, "drug-tests/" + testId, new RecordDrugTest(id.toString(), Versions.ifMatch(ifMatch), testId,
                request.testedOn(), request.method(), request.result(),
                request.substances() == null ? List.of() : request.substances()), request.testedOn());
    }

    @PostMapping("/addiction-determinations")
    ResponseEntity<SubjectResponse> determineAddiction(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                       @Valid @RequestBody DetermineAddictionRequest request) {
        return changed(id, new DetermineAddiction(id.toString(), Versions.ifMatch(ifMatch), request.determinedOn(),
                request.facility(), request.addicted(), request.notifiedOn()), request.determinedOn());
    }

    @PostMapping("/management-periods")
    ResponseEntity<SubjectResponse> startManagementPeriod(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                          @Valid @RequestBody StartManagementPeriodRequest request) {
        return changed(id, new StartManagementPeriod(id.toString(), Versions.ifMatch(ifMatch), request.kind(),
                request.decisionNo(), request.startsOn()), request.startsOn());
    }

    @PostMapping("/residence-checks")
    ResponseEntity<SubjectResponse> recordResidenceCheck(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                         @Valid @RequestBody RecordResidenceCheckRequest request) {
        return changed(id, new RecordResidenceCheck(id.toString(), Versions.ifMatch(ifMatch), request.checkedOn(),
                request.note()), request.checkedOn());
    }

    @PostMapping("/treatments")
    ResponseEntity<SubjectResponse> startTreatment(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                   @Valid @RequestBody StartTreatmentRequest request) {
        String treatmentId = UUID.randomUUID().toString();
        return created(id, "treatments/" + treatmentId, new StartTreatment(id.toString(), Versions.ifMatch(ifMatch),
                treatmentId, request.kind(), request.startsOn(), request.facility()), request.startsOn());
    }

    @PostMapping("/treatments/{treatmentId}/end")
    ResponseEntity<SubjectResponse> endTreatment(@PathVariable UUID id, @PathVariable UUID treatmentId,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody EndTreatmentRequest request) {
        return changed(id, new EndTreatment(id.toString(), Versions.ifMatch(ifMatch), treatmentId.toString(),
                request.endsOn(), request.outcome()), request.endsOn());
    }

    @PostMapping("/flags")
    ResponseEntity<SubjectResponse> raiseFlag(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody RaiseFlagRequest request) {
        return changed(id, new RaiseFlag(id.toString(), Versions.ifMatch(ifMatch), request.flag(), request.raisedOn(),
                request.note()), request.raisedOn());
    }

    @PostMapping("/flags/{flag}/clearance")
    ResponseEntity<SubjectResponse> clearFlag(@PathVariable UUID id, @PathVariable Flag flag,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ClearFlagRequest request) {
        return changed(id, new ClearFlag(id.toString(), Versions.ifMatch(ifMatch), flag, request.clearedOn(),
                request.note()), request.clearedOn());
    }

    @PostMapping("/supervisors")
    ResponseEntity<SubjectResponse> assignSupervisor(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                     @Valid @RequestBody AssignSupervisorRequest request) {
        return changed(id, new AssignSupervisor(id.toString(), Versions.ifMatch(ifMatch), request.supervisor(),
                request.organisation(), request.assignedOn()), request.assignedOn());
    }

    @PostMapping("/supports")
    ResponseEntity<SubjectResponse> recordSupport(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                  @Valid @RequestBody RecordSupportRequest request) {
        return changed(id, new RecordSupport(id.toString(), Versions.ifMatch(ifMatch), request.kind(),
                request.providedOn(), request.provider(), request.note()), request.providedOn());
    }

    @PostMapping("/moves")
    ResponseEntity<SubjectResponse> move(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                         @Valid @RequestBody MoveSubjectRequest request) {
        LocalDate reportedOn = request.reportedOn() != null ? request.reportedOn() : LocalDate.now(clock);
        return changed(id, new MoveSubject(id.toString(), Versions.ifMatch(ifMatch),
                new Residence(request.toCommuneCode(), request.toVillageCode(), request.address()), request.movedOn(),
                reportedOn), request.movedOn());
    }

    @PostMapping("/removal")
    ResponseEntity<SubjectResponse> remove(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody RemoveSubjectRequest request) {
        return changed(id, new RemoveSubject(id.toString(), Versions.ifMatch(ifMatch), request.reason(),
                request.removedOn(), request.note()), request.removedOn());
    }

    @PostMapping("/corrections")
    ResponseEntity<SubjectResponse> correct(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody CorrectSubjectDetailsRequest request) {
        LocalDate today = LocalDate.now(clock);
        return changed(id, new CorrectSubjectDetails(id.toString(), Versions.ifMatch(ifMatch), request.fullName(),
                request.dateOfBirth(), request.sex(), request.nationalId(), request.nationalIdMissingReason(), request.reason(),
                today), today);
    }

    /** Retracts an entry recorded by mistake, with what its command caused; the history keeps both, marked. */
    @PostMapping("/retractions")
    ResponseEntity<SubjectResponse> retract(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody RetractEntryRequest request) {
        LocalDate today = LocalDate.now(clock);
        return changed(id, new RetractEntry(id.toString(), Versions.ifMatch(ifMatch), request.version(), request.reason(), today), today);
    }

    /**
     * Merges a duplicate into this subject: recorded on this subject first (so a stale {@code If-Match} stops the merge
     * before the duplicate is touched), then the duplicate leaves the list pointing here. Both histories are kept.
     */
    @PostMapping("/merges")
    ResponseEntity<SubjectResponse> merge(@PathVariable UUID id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @Valid @RequestBody MergeSubjectsRequest request) {
        String duplicateId = request.duplicateId().toString();
        if (duplicateId.equals(id.toString())) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Không thể hợp nhất một hồ sơ vào chính nó.",
                    new FieldProblem("duplicateId", "TRANSITION_NOT_ALLOWED", "Trùng với hồ sơ đang xem."));
        }
        files.find(id.toString()).ifPresent(found -> access.require(Need.WRITE, found.file())); // the target first
        // a duplicate the caller may not see is answered exactly like one that does not exist
        Supplier<Refusal> unknownDuplicate = () -> Refusal.ruleViolated("SUBJECT_UNKNOWN", "Không có hồ sơ trùng mã " + duplicateId + ".",
                new FieldProblem("duplicateId", "SUBJECT_UNKNOWN", "Không tìm thấy hồ sơ."));
        SubjectFile duplicate = files.find(duplicateId).orElseThrow(unknownDuplicate).file();
        if (!access.allows(Need.READ, duplicate.residence())) {
            throw unknownDuplicate.get();
        }
        access.require(Need.WRITE, duplicate); // the caller changes both records
        if (duplicate.isRemoved()) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Hồ sơ trùng đã được đưa ra khỏi danh sách hoặc đã hợp nhất.",
                    new FieldProblem("duplicateId", "TRANSITION_NOT_ALLOWED", "Hồ sơ không còn trong danh sách."));
        }
        LocalDate today = LocalDate.now(clock);
        send(id, new AbsorbDuplicate(id.toString(), Versions.ifMatch(ifMatch), duplicateId, request.reason(), today), today);
        return changed(id, new MergeSubjectInto(duplicateId, null, id.toString(), request.reason(), today), today);
    }

    /** Sends the command; an unknown subject, or one the caller may not change, is answered like a read of one. */
    private void send(UUID id, Object command, LocalDate effectiveDate) {
        files.find(id.toString()).ifPresent(found -> access.require(Need.WRITE, found.file()));
        send(command, effectiveDate);
    }

    private void send(Object command, LocalDate effectiveDate) {
        try {
            commands.send(command, effectiveDate);
        } catch (AggregateNotFoundException e) {
            throw SubjectController.unknown();
        } catch (Refusal refusal) {
            throw SubjectController.auditNamed(accessLog, refusal);
        }
    }

    /** The answer is the person's record: a read, logged as one. */
    private ResponseEntity<SubjectResponse> changed(UUID id, Object command, LocalDate effectiveDate) {
        send(id, command, effectiveDate);
        SubjectFiles.Versioned now = files.find(id.toString()).orElseThrow(SubjectController::unknown);
        accessLog.read(List.of(id.toString()));
        return ResponseEntity.ok().eTag(Versions.etag(now.version()))
                .body(SubjectResponse.of(now.file(), now.version(), LocalDate.now(clock)));
    }

    private ResponseEntity<SubjectResponse> created(UUID id, String path, Object command, LocalDate effectiveDate) {
        send(id, command, effectiveDate);
        SubjectFiles.Versioned now = files.find(id.toString()).orElseThrow(SubjectController::unknown);
        accessLog.read(List.of(id.toString()));
        return ResponseEntity.created(URI.create("/api/subjects/" + id + "/" + path)).eTag(Versions.etag(now.version()))
                .body(SubjectResponse.of(now.file(), now.version(), LocalDate.now(clock)));
    }
}
