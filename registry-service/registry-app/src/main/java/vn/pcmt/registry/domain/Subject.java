package vn.pcmt.registry.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.platform.calendar.WorkingDays;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.registry.domain.command.AbsorbDuplicate;
import vn.pcmt.registry.domain.command.AssignSupervisor;
import vn.pcmt.registry.domain.command.ClearFlag;
import vn.pcmt.registry.domain.command.CorrectSubjectDetails;
import vn.pcmt.registry.domain.command.DetermineAddiction;
import vn.pcmt.registry.domain.command.EraseSubject;
import vn.pcmt.registry.domain.command.EndTreatment;
import vn.pcmt.registry.domain.command.MergeSubjectInto;
import vn.pcmt.registry.domain.command.MoveSubject;
import vn.pcmt.registry.domain.command.RaiseFlag;
import vn.pcmt.registry.domain.command.RecordDrugTest;
import vn.pcmt.registry.domain.command.RecordResidenceCheck;
import vn.pcmt.registry.domain.command.RecordSupport;
import vn.pcmt.registry.domain.command.RegisterSubject;
import vn.pcmt.registry.domain.command.RemoveSubject;
import vn.pcmt.registry.domain.command.RetractEntry;
import vn.pcmt.registry.domain.command.StartManagementPeriod;
import vn.pcmt.registry.domain.command.StartTreatment;
import vn.pcmt.registry.domain.event.AddictionDetermined;
import vn.pcmt.registry.domain.event.CategoryChanged;
import vn.pcmt.registry.domain.event.DrugTestRecorded;
import vn.pcmt.registry.domain.event.DuplicateAbsorbed;
import vn.pcmt.registry.domain.event.EntryRetracted;
import vn.pcmt.registry.domain.event.FlagCleared;
import vn.pcmt.registry.domain.event.FlagRaised;
import vn.pcmt.registry.domain.event.ManagementPeriodStarted;
import vn.pcmt.registry.domain.event.RelapseRecorded;
import vn.pcmt.registry.domain.event.ResidenceChecked;
import vn.pcmt.registry.domain.event.SubjectChange;
import vn.pcmt.registry.domain.event.SubjectDetailsCorrected;
import vn.pcmt.registry.domain.event.SubjectErased;
import vn.pcmt.registry.domain.event.SubjectMerged;
import vn.pcmt.registry.domain.event.SubjectMoved;
import vn.pcmt.registry.domain.event.SubjectRegistered;
import vn.pcmt.registry.domain.event.SubjectRemoved;
import vn.pcmt.registry.domain.event.SupervisorAssigned;
import vn.pcmt.registry.domain.event.SupportRecorded;
import vn.pcmt.registry.domain.event.TreatmentEnded;
import vn.pcmt.registry.domain.event.TreatmentStarted;

/**
 * A person under management (đối tượng), from registration until they leave the list. Every command is checked
 * against the file before anything is applied, so a refusal stores nothing.
 */
@Aggregate(cache = "subjectCache")
public class Subject {

    /** DOMAIN.md: a notified addict has 5 working days to register for voluntary rehab. */
    static final int VOLUNTARY_REHAB_WORKING_DAYS = 5;

    @AggregateIdentifier
    private String subjectId;
    private SubjectFile file;
    private SubjectRegistered registration;
    private final List<RecordedChange> changes = new ArrayList<>();

    protected Subject() {
        // for Axon
    }

    @CommandHandler
    public Subject(RegisterSubject command, AreaDirectory areas, SubjectIndex subjects) {
        if (command.foundOn().isBefore(command.dateOfBirth())) {
            throw Refusal.ruleViolated("DATE_BEFORE_BIRTH", "Ngày phát hiện không thể trước ngày sinh.",
                    new FieldProblem("foundOn", "DATE_BEFORE_BIRTH", "Ngày phát hiện trước ngày sinh."));
        }
        requireNationalIdOrReason(command.nationalId(), command.nationalIdMissingReason());
        Residence residence = command.residence();
        requireVillageOfCommune(areas, residence, "residence.villageCode");
        if (!command.confirmedDistinct()) {
            List<String> namesakes = subjects.namesakes(residence.communeCode(), command.fullName(), command.dateOfBirth());
            if (!namesakes.isEmpty()) {
                throw Refusal.conflict("SUBJECT_POSSIBLE_DUPLICATE", "Trong xã đã có " + namesakes.size()
                                + " đối tượng cùng họ tên và ngày sinh. Hãy kiểm tra; nếu là người khác, gửi lại với "
                                + "confirmedDistinct = true.",
                        new FieldProblem("fullName", "POSSIBLE_DUPLICATE", "Trùng họ tên và ngày sinh."))
                        .with("candidates", namesakes);
            }
        }
        if (command.nationalId() != null) {
            claimNationalId(subjects, command.nationalId(), command.subjectId());
        }
        apply(new SubjectRegistered(command.subjectId(), command.fullName().strip(), command.dateOfBirth(),
                command.sex(), command.nationalId(), command.nationalId() == null ? command.nationalIdMissingReason().strip() : null,
                residence, command.category(), command.foundBy(), command.foundOn()));
    }

    @CommandHandler
    void handle(RecordDrugTest command) {
        requireOnList();
        requireNotBeforeBirth(command.testedOn(), "testedOn");
        apply(new DrugTestRecorded(subjectId, command.testId(), command.testedOn(), command.method(), command.result(),
                command.substances() == null ? List.of() : List.copyOf(command.substances())));
        if (command.result() != TestResult.POSITIVE) {
            return;
        }
        if (becomesUserOnPositiveTest(command.testedOn())) {
            // Law 73/2021, Art. 2.13: a user is someone who used without authorisation and tested positive.
            apply(new CategoryChanged(subjectId, file.category(), Category.ILLEGAL_USER, command.testedOn(), "POSITIVE_TEST"));
        }
        relapseDuring(command.testedOn()).ifPresent(during ->
                apply(new RelapseRecorded(subjectId, command.testId(), command.testedOn(), during)));
    }

    @CommandHandler
    void handle(DetermineAddiction command) {
        requireOnList();
        requireNotBeforeBirth(command.determinedOn(), "determinedOn");
        if (command.notifiedOn() != null) {
            requireOrder(command.determinedOn(), command.notifiedOn(), "notifiedOn", "Ngày thông báo trước ngày xác định nghiện.");
        }
        LocalDate dueOn = command.addicted() && command.notifiedOn() != null
                ? WorkingDays.vietnam().plus(command.notifiedOn(), VOLUNTARY_REHAB_WORKING_DAYS) : null;
        apply(new AddictionDetermined(subjectId, command.determinedOn(), command.facility(), command.addicted(),
                command.notifiedOn(), dueOn));
        if (command.addicted() && file.category() != Category.ADDICT) {
            apply(new CategoryChanged(subjectId, file.category(), Category.ADDICT, command.determinedOn(), "ADDICTION_DETERMINED"));
        }
    }

    @CommandHandler
    void handle(StartManagementPeriod command) {
        requireOnList();
        requireNotBeforeBirth(command.startsOn(), "startsOn");
        if (command.kind() == ManagementKind.ILLEGAL_USER && file.category() != Category.ILLEGAL_USER) {
            throw notAllowed("kind", "Chỉ quản lý người sử dụng trái phép khi đối tượng có kết quả xét nghiệm dương tính "
                    + "và chưa được xác định nghiện (hiện là " + file.category() + ").");
        }
        if (command.kind() == ManagementKind.POST_REHAB) {
            if (!file.everInRehab()) {
                throw notAllowed("kind", "Đối tượng chưa từng cai nghiện nên không thể quản lý sau cai nghiện.");
            }
            if (file.treatmentsOngoing().stream().anyMatch(t -> t.kind().isRehab())) {
                throw notAllowed("kind", "Đối tượng đang cai nghiện; chỉ quản lý sau cai nghiện khi đã kết thúc cai nghiện.");
            }
        }
        ManagementLaw law = ManagementLaw.inForceOn(command.startsOn());
        LocalDate endsOn = law.managementEndsOn(command.kind(), command.startsOn());
        file.managementPeriods().stream()
                .filter(p -> p.kind() == command.kind() && !p.endsOn().isBefore(command.startsOn()) && !p.startsOn().isAfter(endsOn))
                .findFirst()
                .ifPresent(running -> {
                    throw Refusal.conflict("MANAGEMENT_PERIOD_OVERLAP", "Đối tượng đang trong thời hạn quản lý này đến "
                                    + running.endsOn() + " (quyết định " + running.decisionNo() + ").",
                            new FieldProblem("startsOn", "OVERLAP", "Trùng với thời hạn quản lý đang có."));
                });
        apply(new ManagementPeriodStarted(subjectId, command.kind(), command.decisionNo().strip(), command.startsOn(),
                endsOn, law));
        if (command.kind() == ManagementKind.POST_REHAB && file.category() != Category.POST_REHAB) {
            apply(new CategoryChanged(subjectId, file.category(), Category.POST_REHAB, command.startsOn(), "POST_REHAB_MANAGEMENT"));
        }
    }

    @CommandHandler
    void handle(RecordResidenceCheck command) {
        requireOnList();
        requireNotBeforeBirth(command.checkedOn(), "checkedOn");
        apply(new ResidenceChecked(subjectId, command.checkedOn(), command.note()));
    }

    @CommandHandler
    void handle(StartTreatment command) {
        if (file.treatment(command.treatmentId()).isPresent()) {
            return; // the same start delivered again (e.g. a court decision's event redelivered): already recorded
        }
        requireOnList();
        requireNotBeforeBirth(command.startsOn(), "startsOn");
        if (command.kind() == TreatmentKind.COMPULSORY) {
            startCompulsoryRehab(command);
            return;
        }
        if (file.category() != Category.ADDICT) {
            throw notAllowed("kind", "Chỉ người đã được cơ sở y tế xác định nghiện mới được cai nghiện hoặc điều trị thay "
                    + "thế (hiện là " + file.category() + ").");
        }
        boolean rehab = command.kind().isRehab();
        file.treatmentsOngoing().stream()
                .filter(t -> t.kind().isRehab() == rehab)
                .findFirst()
                .ifPresent(ongoing -> {
                    throw Refusal.conflict("TREATMENT_ALREADY_ONGOING", "Đối tượng đang " + ongoing.kind()
                                    + " từ " + ongoing.startsOn() + "; hãy kết thúc trước khi bắt đầu đợt mới.",
                            new FieldProblem("kind", "ONGOING", ongoing.treatmentId()));
                });
        apply(new TreatmentStarted(subjectId, command.treatmentId(), command.kind(), command.startsOn(), command.facility()));
    }

    /**
     * A court's decision (TTLT 03/2025) is not the registry's to refuse: whatever the category, the person is an addict
     * from then on, and a voluntary rehab still open is over (breaking or quitting it is what led to the decision).
     */
    private void startCompulsoryRehab(StartTreatment command) {
        file.treatmentsOngoing().stream()
                .filter(t -> t.kind() == TreatmentKind.COMPULSORY)
                .findFirst()
                .ifPresent(ongoing -> {
                    throw Refusal.conflict("TREATMENT_ALREADY_ONGOING", "Đối tượng đang cai nghiện bắt buộc từ "
                            + ongoing.startsOn() + ".", new FieldProblem("kind", "ONGOING", ongoing.treatmentId()));
                });
        file.treatmentsOngoing().stream()
                .filter(t -> t.kind().isRehab() && t.kind().isVoluntary() && !t.startsOn().isAfter(command.startsOn()))
                .toList()
                .forEach(voluntary -> apply(new TreatmentEnded(subjectId, voluntary.treatmentId(), voluntary.kind(),
                        command.startsOn(), TreatmentOutcome.QUIT)));
        if (file.category() != Category.ADDICT) {
            apply(new CategoryChanged(subjectId, file.category(), Category.ADDICT, command.startsOn(), "COMPULSORY_REHAB_DECISION"));
        }
        apply(new TreatmentStarted(subjectId, command.treatmentId(), command.kind(), command.startsOn(), command.facility()));
    }

    @CommandHandler
    void handle(EndTreatment command) {
        SubjectFile.Treatment treatment = file.treatment(command.treatmentId()).orElseThrow(() ->
                Refusal.notFound("TREATMENT_UNKNOWN", "Không có đợt điều trị/cai nghiện mã " + command.treatmentId() + "."));
        if (treatment.endsOn() != null && treatment.endsOn().equals(command.endsOn()) && treatment.outcome() == command.outcome()) {
            return; // the same end delivered again (e.g. a redelivered court-side event): already recorded
        }
        requireOnList();
        if (treatment.endsOn() != null) {
            throw notAllowed("treatmentId", "Đợt điều trị này đã kết thúc ngày " + treatment.endsOn() + ".");
        }
        requireOrder(treatment.startsOn(), command.endsOn(), "endsOn", "Ngày kết thúc trước ngày bắt đầu.");
        apply(new TreatmentEnded(subjectId, treatment.treatmentId(), treatment.kind(), command.endsOn(), command.outcome()));
    }

    @CommandHandler
    void handle(RaiseFlag command) {
        requireOnList();
        requireNotBeforeBirth(command.raisedOn(), "raisedOn");
        if (file.isFlagged(command.flag())) {
            throw notAllowed("flag", "Cảnh báo này đang được bật.");
        }
        apply(new FlagRaised(subjectId, command.flag(), command.raisedOn(), command.note()));
    }

    @CommandHandler
    void handle(ClearFlag command) {
        requireOnList();
        SubjectFile.RaisedFlag raised = file.flags().stream().filter(f -> f.flag() == command.flag()).findFirst()
                .orElseThrow(() -> notAllowed("flag", "Cảnh báo này không được bật nên không thể gỡ."));
        requireOrder(raised.raisedOn(), command.clearedOn(), "clearedOn", "Ngày gỡ cảnh báo trước ngày bật.");
        apply(new FlagCleared(subjectId, command.flag(), command.clearedOn(), command.note()));
    }

    @CommandHandler
    void handle(AssignSupervisor command) {
        requireOnList();
        requireNotBeforeBirth(command.assignedOn(), "assignedOn");
        apply(new SupervisorAssigned(subjectId, command.supervisor().strip(), command.organisation(), command.assignedOn()));
    }

    @CommandHandler
    void handle(RecordSupport command) {
        requireOnList();
        requireNotBeforeBirth(command.providedOn(), "providedOn");
        apply(new SupportRecorded(subjectId, command.kind(), command.providedOn(), command.provider(), command.note()));
    }

    @CommandHandler
    void handle(MoveSubject command, AreaDirectory areas) {
        requireOnList();
        requireVillageOfCommune(areas, command.to(), "toVillageCode");
        SubjectFile.ResidencePeriod current = file.residences().getLast();
        if (current.residence().villageCode().equals(command.to().villageCode())) {
            throw notAllowed("toVillageCode", "Đối tượng đang cư trú tại thôn/xóm này.");
        }
        if (!command.movedOn().isAfter(current.from())) {
            throw Refusal.ruleViolated("DATE_ORDER", "Ngày chuyển đi phải sau ngày bắt đầu cư trú hiện tại ("
                    + current.from() + ").", new FieldProblem("movedOn", "DATE_ORDER", "Ngày chuyển không hợp lệ."));
        }
        requireOrder(command.movedOn(), command.reportedOn(), "reportedOn", "Ngày khai báo trước ngày chuyển.");
        // Law 120/2025: a *managed* user reports a move within 24 hours
        boolean late = file.isManagedOn(command.movedOn())
                && ManagementLaw.inForceOn(command.movedOn()).isLateMoveReport(command.movedOn(), command.reportedOn());
        apply(new SubjectMoved(subjectId, current.residence(), command.to(), command.movedOn(), command.reportedOn(), late));
    }

    @CommandHandler
    void handle(RemoveSubject command) {
        requireOnList();
        if (command.reason() == RemovalReason.MERGED) {
            throw notAllowed("reason", "Trùng đối tượng được xử lý bằng chức năng hợp nhất hồ sơ, không phải đưa ra khỏi danh sách.");
        }
        requireOrder(file.foundOn(), command.removedOn(), "removedOn", "Ngày đưa ra khỏi danh sách trước ngày phát hiện.");
        if (command.reason() == RemovalReason.MANAGEMENT_ENDED) {
            file.managementEndsOn(command.removedOn()).ifPresent(endsOn -> {
                throw notAllowed("reason", "Đối tượng còn trong thời hạn quản lý đến " + endsOn + ".");
            });
            if (!file.treatmentsOngoing().isEmpty()) {
                throw notAllowed("reason", "Đối tượng đang điều trị/cai nghiện; hãy kết thúc đợt điều trị trước.");
            }
        }
        apply(new SubjectRemoved(subjectId, command.reason(), command.removedOn(), command.note()));
    }

    /**
     * The end of retention: only a person off the list for the whole retention period, once; a duplicate merged into
     * another file only with that file, which is the same person (it may still be on the list). The national identity
     * number is released; the caller destroys the person's key once this is stored.
     */
    @CommandHandler
    void handle(EraseSubject command, SubjectIndex subjects, Retention retention) {
        if (file.isErased()) {
            throw Refusal.conflict("SUBJECT_ERASED", "Thông tin nhân thân của đối tượng đã được xóa.");
        }
        String survivor = file.mergedInto().orElse(null);
        if (survivor != null && !survivor.equals(command.survivorId())) {
            throw Refusal.conflict("SUBJECT_MERGED", "Hồ sơ đã được hợp nhất vào hồ sơ " + survivor
                    + "; chỉ xóa thông tin nhân thân cùng hồ sơ đó, khi hồ sơ đó hết thời hạn lưu trữ.");
        }
        SubjectFile.Removal removal = file.removal().orElseThrow(() -> notAllowed("subjectId",
                "Đối tượng còn trong danh sách quản lý; chỉ xóa thông tin nhân thân khi đã đưa ra khỏi danh sách và hết thời hạn lưu trữ."));
        retention.requireEndedBy(removal.removedOn(), command.erasedOn(), "erasedOn");
        String nationalId = file.nationalId();
        apply(new SubjectErased(subjectId, command.erasedOn(), command.reason().strip()));
        if (nationalId != null) {
            subjects.releaseNationalId(nationalId, subjectId);
        }
    }

    /**
     * Retracts everything the command behind {@code version} recorded (a positive test and the category change it
     * caused go together). Allowed after removal, since the removal itself may be the mistake; not after a merge.
     */
    @CommandHandler
    void handle(RetractEntry command) {
        if (file.isErased()) {
            throw Refusal.conflict("SUBJECT_ERASED", "Thông tin nhân thân của đối tượng đã được xóa; hồ sơ không thể thay đổi.");
        }
        if (file.mergedInto().isPresent()) {
            throw notAllowed("version", "Hồ sơ đã được hợp nhất vào hồ sơ khác; hãy sửa trên hồ sơ đó.");
        }
        RecordedChange target = changes.stream().filter(c -> c.version() == command.version()).findFirst()
                .orElseThrow(() -> Refusal.ruleViolated("ENTRY_UNKNOWN", "Không có mục ghi nhận phiên bản " + command.version()
                        + " trong hồ sơ này.", new FieldProblem("version", "ENTRY_UNKNOWN", "Không có mục này.")));
        Set<Long> retracted = new HashSet<>();
        changes.forEach(c -> {
            if (c.change() instanceof EntryRetracted e) {
                retracted.addAll(e.versions());
            }
        });
        if (retracted.contains(target.version())) {
            throw notAllowed("version", "Mục này đã được hủy trước đó.");
        }
        if (!isRetractable(target.change())) {
            throw notAllowed("version", "Không thể hủy mục này (" + target.change().getClass().getSimpleName() + ").");
        }
        List<Long> versions = target.correlationId() == null ? List.of(target.version())
                : changes.stream().filter(c -> target.correlationId().equals(c.correlationId()))
                        .map(RecordedChange::version).toList();
        apply(new EntryRetracted(subjectId, versions, command.reason().strip(), command.retractedOn()));
    }

    @CommandHandler
    void handle(MergeSubjectInto command, SubjectIndex subjects, ConflictResolver conflicts) {
        conflicts.detectConflicts(events -> true); // before the number is released, not at commit
        requireOnList();
        if (command.survivorId().equals(subjectId)) {
            throw notAllowed("survivorId", "Không thể hợp nhất một hồ sơ vào chính nó.");
        }
        requireOrder(file.foundOn(), command.mergedOn(), "mergedOn", "Ngày hợp nhất trước ngày phát hiện.");
        apply(new SubjectMerged(subjectId, command.survivorId(), command.reason().strip(), command.mergedOn()));
        if (file.nationalId() != null) {
            // the survivor may need the number: a duplicate never holds it
            subjects.releaseNationalId(file.nationalId(), subjectId);
        }
    }

    @CommandHandler
    void handle(AbsorbDuplicate command) {
        requireOnList();
        if (command.duplicateId().equals(subjectId)) {
            throw notAllowed("duplicateId", "Không thể hợp nhất một hồ sơ vào chính nó.");
        }
        if (file.duplicates().contains(command.duplicateId())) {
            throw notAllowed("duplicateId", "Hồ sơ này đã được hợp nhất trước đó.");
        }
        apply(new DuplicateAbsorbed(subjectId, command.duplicateId(), command.reason().strip(), command.mergedOn()));
    }

    @CommandHandler
    void handle(CorrectSubjectDetails command, SubjectIndex subjects, ConflictResolver conflicts) {
        conflicts.detectConflicts(events -> true); // a stale If-Match must fail before any number is claimed
        requireOnList();
        requireNationalIdOrReason(command.nationalId(), command.nationalIdMissingReason());
        LocalDate earliest = file.earliestRecordedDate();
        if (earliest.isBefore(command.dateOfBirth())) {
            throw Refusal.ruleViolated("DATE_BEFORE_BIRTH", "Ngày sinh sau ngày " + earliest + " đã có trong hồ sơ.",
                    new FieldProblem("dateOfBirth", "DATE_BEFORE_BIRTH", "Ngày sinh không hợp lệ."));
        }
        String previousId = file.nationalId();
        boolean newNumber = command.nationalId() != null && !command.nationalId().equals(previousId);
        if (newNumber) {
            claimNationalId(subjects, command.nationalId(), subjectId);
        }
        apply(new SubjectDetailsCorrected(subjectId, command.fullName().strip(), command.dateOfBirth(), command.sex(),
                command.nationalId(), command.nationalId() == null ? command.nationalIdMissingReason().strip() : null,
                command.reason().strip(), command.correctedOn()));
        if (previousId != null && !Objects.equals(previousId, command.nationalId())) {
            subjects.releaseNationalId(previousId, subjectId);
        }
    }

    @EventSourcingHandler
    void on(SubjectRegistered event) {
        this.subjectId = event.subjectId();
        this.registration = event;
        this.file = SubjectFile.registered(event);
    }

    @EventSourcingHandler
    void on(SubjectChange change, @SequenceNumber Long version, @MetaDataValue("correlationId") String correlationId) {
        changes.add(new RecordedChange(version, correlationId, change));
        if (change instanceof EntryRetracted) {
            file = SubjectFile.fold(registration, changes);
        } else {
            file.apply(change);
        }
    }

    /** What officers record can be retracted; what follows from a decision of the system or of a merge cannot. */
    private static boolean isRetractable(SubjectChange change) {
        return switch (change) {
            case DrugTestRecorded e -> true;
            case AddictionDetermined e -> true;
            case ManagementPeriodStarted e -> true;
            case ResidenceChecked e -> true;
            case TreatmentStarted e -> true;
            case TreatmentEnded e -> true;
            case FlagRaised e -> true;
            case FlagCleared e -> true;
            case SupervisorAssigned e -> true;
            case SupportRecorded e -> true;
            case SubjectMoved e -> true;
            case SubjectRemoved e -> true;
            case CategoryChanged e -> false;        // retracted with the entry that caused it
            case RelapseRecorded e -> false;        // likewise
            case SubjectDetailsCorrected e -> false; // correct the details again instead
            case SubjectMerged e -> false;
            case DuplicateAbsorbed e -> false;
            case EntryRetracted e -> false;
            case SubjectErased e -> false;          // the key is gone: nothing could be restored
        };
    }

    // --- rules shared by the handlers ----------------------------------------------------------------------------

    /**
     * A positive test makes a user of someone listed for another reason: a suspected person, a released offender, or
     * a post-rehab person whose management is over (during it, the test is a relapse instead).
     */
    private boolean becomesUserOnPositiveTest(LocalDate testedOn) {
        return switch (file.category()) {
            case SUSPECTED, RELEASED_OFFENDER -> true;
            case POST_REHAB -> file.managementOn(ManagementKind.POST_REHAB, testedOn).isEmpty();
            case ILLEGAL_USER, ADDICT -> false;
        };
    }

    private static void requireNationalIdOrReason(String nationalId, String missingReason) {
        if (nationalId == null && (missingReason == null || missingReason.isBlank())) {
            throw Refusal.invalid("NATIONAL_ID_MISSING_REASON", "Không có số CCCD thì phải ghi rõ lý do.",
                    new FieldProblem("nationalIdMissingReason", "REQUIRED", "Ghi lý do không có số CCCD."));
        }
    }

    private static void claimNationalId(SubjectIndex subjects, String nationalId, String subjectId) {
        subjects.claimNationalId(nationalId, subjectId).ifPresent(existing -> {
            throw Refusal.conflict("SUBJECT_DUPLICATE_NATIONAL_ID", "Đã có đối tượng với số CCCD này (mã " + existing + ").",
                    new FieldProblem("nationalId", "DUPLICATE", existing)).with("existingSubjectId", existing);
        });
    }

    /** What was running on a positive test's day that makes it a relapse, if anything. */
    private Optional<String> relapseDuring(LocalDate testedOn) {
        var treatment = file.treatments().stream().filter(t -> t.covers(testedOn)).findFirst();
        if (treatment.isPresent()) {
            return treatment.map(t -> t.kind().name());
        }
        return file.managementOn(ManagementKind.POST_REHAB, testedOn).map(p -> "POST_REHAB_MANAGEMENT");
    }

    private void requireOnList() {
        file.removal().ifPresent(removal -> {
            throw Refusal.ruleViolated("SUBJECT_REMOVED", "Đối tượng đã được đưa ra khỏi danh sách quản lý ngày "
                    + removal.removedOn() + "; không thể ghi nhận thêm.");
        });
    }

    private void requireNotBeforeBirth(LocalDate date, String field) {
        if (date.isBefore(file.dateOfBirth())) {
            throw Refusal.ruleViolated("DATE_BEFORE_BIRTH", "Ngày " + date + " trước ngày sinh của đối tượng.",
                    new FieldProblem(field, "DATE_BEFORE_BIRTH", "Ngày trước ngày sinh."));
        }
    }

    private static void requireOrder(LocalDate first, LocalDate then, String field, String detail) {
        if (then.isBefore(first)) {
            throw Refusal.ruleViolated("DATE_ORDER", detail, new FieldProblem(field, "DATE_ORDER", detail));
        }
    }

    private static void requireVillageOfCommune(AreaDirectory areas, Residence residence, String field) {
        String commune = areas.communeOfVillage(residence.villageCode()).orElseThrow(() -> Refusal.ruleViolated(
                "AREA_UNKNOWN", "Không có thôn/xóm mã " + residence.villageCode() + " trong danh mục địa bàn.",
                new FieldProblem(field, "AREA_UNKNOWN", "Không có địa bàn mã này.")));
        if (!commune.equals(residence.communeCode())) {
            throw Refusal.ruleViolated("AREA_UNKNOWN", "Thôn/xóm " + residence.villageCode() + " không thuộc xã "
                            + residence.communeCode() + ".",
                    new FieldProblem(field, "AREA_MISMATCH", "Thôn/xóm không thuộc xã đã chọn."));
        }
    }

    private static Refusal notAllowed(String field, String detail) {
        return Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", detail, new FieldProblem(field, "TRANSITION_NOT_ALLOWED", detail));
    }
}
