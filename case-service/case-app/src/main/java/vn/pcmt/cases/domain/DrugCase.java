package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.cases.domain.command.AddCasePerson;
import vn.pcmt.cases.domain.command.AdvanceCase;
import vn.pcmt.cases.domain.command.EraseCasePersons;
import vn.pcmt.cases.domain.command.LinkCasePerson;
import vn.pcmt.cases.domain.command.OpenCase;
import vn.pcmt.cases.domain.command.RecordArrest;
import vn.pcmt.cases.domain.command.RecordSeizure;
import vn.pcmt.cases.domain.event.ArrestMade;
import vn.pcmt.cases.domain.event.CaseOpened;
import vn.pcmt.cases.domain.event.CasePersonAdded;
import vn.pcmt.cases.domain.event.CasePersonLinked;
import vn.pcmt.cases.domain.event.CasePersonsErased;
import vn.pcmt.cases.domain.event.CaseStageReached;
import vn.pcmt.cases.domain.event.SeizureRecorded;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * A drug case (vụ án) or administrative violation (vụ việc): its stages one at a time, the persons involved (registry
 * subjects, or named persons linked to a subject once registered), arrests counted by the person's residence (QĐ 28
 * "arrested") and seizures.
 */
@Aggregate(cache = "drugCaseCache")
public class DrugCase {

    @AggregateIdentifier
    private String caseId;
    private CaseKind kind;
    private String article;
    private String communeCode;
    private LocalDate openedOn;
    private CaseStage stage;
    private LocalDate stageOn;
    private final Map<String, CasePerson> persons = new LinkedHashMap<>();
    private final Set<String> arrested = new HashSet<>();
    private boolean erased;

    protected DrugCase() {
        // for Axon
    }

    @CommandHandler
    public DrugCase(OpenCase command, AreaDirectory areas, SubjectDirectory subjects, KnownRecords records) {
        if (command.kind() == CaseKind.CRIMINAL && (command.article() == null || !DrugCrimes.ARTICLES.contains(command.article()))) {
            throw Refusal.ruleViolated("ARTICLE_UNKNOWN", "Điều " + command.article() + " không phải tội phạm về ma túy "
                    + "(Điều 247–252, 255, 256, 256a Bộ luật Hình sự).",
                    new FieldProblem("article", "ARTICLE_UNKNOWN", "Không phải điều luật về ma túy."));
        }
        if (command.kind() == CaseKind.ADMINISTRATIVE && command.article() != null) {
            throw Refusal.ruleViolated("ARTICLE_NOT_APPLICABLE", "Vụ việc vi phạm hành chính không ghi điều luật hình sự.",
                    new FieldProblem("article", "ARTICLE_NOT_APPLICABLE", "Chỉ vụ án hình sự có điều luật."));
        }
        if (command.kind() == CaseKind.ADMINISTRATIVE && (command.violation() == null || command.violation().isBlank())) {
            throw Refusal.invalid("VIOLATION_REQUIRED", "Vụ việc vi phạm hành chính phải ghi hành vi vi phạm.",
                    new FieldProblem("violation", "REQUIRED", "Ghi hành vi vi phạm."));
        }
        if (command.tipId() != null && !records.tipExists(command.tipId())) {
            throw Refusal.ruleViolated("TIP_UNKNOWN", "Không có tin báo mã " + command.tipId() + ".",
                    new FieldProblem("tipId", "TIP_UNKNOWN", "Không tìm thấy tin báo."));
        }
        areas.requireVillageOf(command.communeCode(), command.villageCode(), "villageCode");
        Set<String> seen = new HashSet<>();
        List<CasePerson> resolved = new ArrayList<>();
        for (CasePerson person : command.persons()) {
            requireNew(seen, person);
            resolved.add(resolve(person, areas, subjects));
        }
        apply(new CaseOpened(command.caseId(), command.kind(), command.article(), command.violation(), command.communeCode(),
                command.villageCode(), command.openedOn(), command.tipId(), command.summary(), resolved));
    }

    @CommandHandler
    void handle(AddCasePerson command, AreaDirectory areas, SubjectDirectory subjects) {
        requireOpen();
        DateOrder.requireNotBefore(command.identifiedOn(), openedOn, "identifiedOn");
        requireNew(new HashSet<>(persons.values().stream().map(DrugCase::identity).toList()), command.person());
        apply(new CasePersonAdded(caseId, communeCode, resolve(command.person(), areas, subjects), command.identifiedOn()));
    }

    @CommandHandler
    void handle(LinkCasePerson command, SubjectDirectory subjects) {
        if (erased) {
            throw PersonalDataErasure.erased();
        }
        CasePerson person = requirePerson(command.personId());
        if (person.subjectId() != null) {
            throw Refusal.ruleViolated("PERSON_ALREADY_LINKED", "Người này đã gắn với đối tượng " + person.subjectId() + ".",
                    new FieldProblem("subjectId", "PERSON_ALREADY_LINKED", "Đã gắn với một đối tượng."));
        }
        if (persons.values().stream().anyMatch(other -> command.subjectId().equals(other.subjectId()))) {
            throw duplicate();
        }
        Residence residence = subjects.require(command.subjectId(), "subjectId");
        apply(new CasePersonLinked(caseId, communeCode, command.personId(), command.subjectId(), residence.communeCode(),
                residence.villageCode()));
    }

    @CommandHandler
    void handle(AdvanceCase command) {
        requireOpen();
        if (!command.stage().follows(kind, stage)) {
            throw Refusal.ruleViolated("STAGE_ORDER", "Vụ " + (kind == CaseKind.CRIMINAL ? "án" : "việc") + " đang ở bước "
                    + stage + ", không thể chuyển sang " + command.stage() + ".",
                    new FieldProblem("stage", "STAGE_ORDER", "Không đúng thứ tự các bước."));
        }
        if (command.stage() == CaseStage.CLOSED
                && (command.closureReason() == null || !command.closureReason().closes(kind, stage))) {
            throw Refusal.ruleViolated("CLOSURE_REASON", "Lý do kết thúc " + command.closureReason() + " không áp dụng cho vụ ở bước "
                    + stage + ".", new FieldProblem("closureReason", "CLOSURE_REASON", "Lý do kết thúc không phù hợp."));
        }
        if (command.stage() != CaseStage.CLOSED && command.closureReason() != null) {
            throw Refusal.invalid("CLOSURE_REASON", "Chỉ ghi lý do khi kết thúc vụ.",
                    new FieldProblem("closureReason", "CLOSURE_REASON", "Chỉ ghi khi kết thúc."));
        }
        if (command.mobileTrial() && command.stage() != CaseStage.TRIED) {
            throw Refusal.invalid("MOBILE_TRIAL_NOT_APPLICABLE", "Xét xử lưu động chỉ ghi ở bước xét xử.",
                    new FieldProblem("mobileTrial", "MOBILE_TRIAL_NOT_APPLICABLE", "Chỉ ghi ở bước xét xử."));
        }
        DateOrder.requireNotBefore(command.on(), stageOn, "on");
        apply(new CaseStageReached(caseId, communeCode, stage, command.stage(), command.on(), command.decisionNo(),
                command.mobileTrial(), command.closureReason()));
    }

    @CommandHandler
    void handle(RecordArrest command) {
        requireOpen();
        if (kind != CaseKind.CRIMINAL) {
            throw Refusal.ruleViolated("ARREST_NOT_APPLICABLE", "Vụ việc vi phạm hành chính không có bắt giữ hình sự.",
                    new FieldProblem("caseId", "ARREST_NOT_APPLICABLE", "Chỉ vụ án hình sự."));
        }
        CasePerson person = requirePerson(command.personId());
        if (arrested.contains(command.personId())) {
            throw Refusal.ruleViolated("PERSON_ALREADY_ARRESTED", "Người này đã được ghi nhận bị bắt trong vụ án.",
                    new FieldProblem("personId", "PERSON_ALREADY_ARRESTED", "Đã ghi nhận bị bắt."));
        }
        DateOrder.requireNotBefore(command.arrestedOn(), openedOn, "arrestedOn");
        apply(new ArrestMade(caseId, command.arrestId(), person.personId(), person.subjectId(), article, communeCode,
                person.residenceCommuneCode(), person.residenceVillageCode(), command.kind(), command.arrestedOn()));
    }

    @CommandHandler
    void handle(RecordSeizure command) {
        requireOpen();
        if (command.quantity().signum() <= 0 || command.quantity().stripTrailingZeros().scale() > 3) {
            throw Refusal.ruleViolated("QUANTITY_NOT_POSITIVE", "Số lượng thu giữ phải lớn hơn 0, tối đa 3 chữ số thập phân.",
                    new FieldProblem("quantity", "QUANTITY_NOT_POSITIVE", "Số lượng phải lớn hơn 0."));
        }
        DateOrder.requireNotBefore(command.seizedOn(), openedOn, "seizedOn");
        apply(new SeizureRecorded(caseId, command.seizureId(), communeCode, command.substance(),
                Quantities.plain(command.quantity()), command.unit(), command.seizedOn()));
    }

    /**
     * The end of retention: a closed case, once the retention has run since its closure. Answers the ids of the persons
     * it names, whose keys the caller destroys; sent again, it records nothing and answers them again.
     */
    @CommandHandler
    List<String> handle(EraseCasePersons command, Retention retention) {
        if (!erased) {
            if (stage != CaseStage.CLOSED) {
                throw PersonalDataErasure.stillOpen("Vụ", "caseId");
            }
            retention.requireEndedBy(stageOn, command.erasedOn(), "erasedOn");
            apply(new CasePersonsErased(caseId, command.erasedOn(), command.reason().strip(), List.copyOf(persons.keySet())));
        }
        return List.copyOf(persons.keySet());
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        kind = event.kind();
        article = event.article();
        communeCode = event.communeCode();
        openedOn = event.openedOn();
        stage = CaseStage.SOURCE_RECEIVED;
        stageOn = event.openedOn();
        event.persons().forEach(person -> persons.put(person.personId(), person));
    }

    @EventSourcingHandler
    void on(CasePersonAdded event) {
        persons.put(event.person().personId(), event.person());
    }

    @EventSourcingHandler
    void on(CasePersonLinked event) {
        persons.computeIfPresent(event.personId(), (id, person) -> person.linkedTo(event.subjectId())
                .livingIn(new Residence(event.residenceCommuneCode(), event.residenceVillageCode())));
    }

    @EventSourcingHandler
    void on(CaseStageReached event) {
        stage = event.stage();
        stageOn = event.on();
    }

    @EventSourcingHandler
    void on(ArrestMade event) {
        arrested.add(event.personId());
    }

    @EventSourcingHandler
    void on(CasePersonsErased event) {
        erased = true;
    }

    /**
     * A subject lives where the registry says, and their name and identity stay in the registry; a named person lives
     * where the officer says (a village checked against the commune).
     */
    private static CasePerson resolve(CasePerson person, AreaDirectory areas, SubjectDirectory subjects) {
        if (person.subjectId() != null) {
            return CasePerson.subject(person.personId(), person.subjectId(), subjects.require(person.subjectId(), "persons.subjectId"));
        }
        if (person.fullName() == null || person.fullName().isBlank() || person.residenceCommuneCode() == null) {
            throw Refusal.invalid("PERSON_INCOMPLETE", "Người chưa có trong danh sách quản lý phải có họ tên và xã nơi cư trú.",
                    new FieldProblem("persons.fullName", "REQUIRED", "Ghi họ tên và nơi cư trú, hoặc chọn đối tượng."));
        }
        areas.requireVillageOf(person.residenceCommuneCode(), person.residenceVillageCode(), "persons.residenceVillageCode");
        return person;
    }

    private static void requireNew(Set<String> seen, CasePerson person) {
        if (!seen.add(identity(person))) {
            throw duplicate();
        }
    }

    /** The same subject, or the same identity number, is the same person. */
    private static String identity(CasePerson person) {
        if (person.subjectId() != null) {
            return "subject:" + person.subjectId();
        }
        return person.nationalId() != null ? "cccd:" + person.nationalId() : "person:" + person.personId();
    }

    private static Refusal duplicate() {
        return Refusal.ruleViolated("PERSON_DUPLICATE", "Người này đã có trong vụ.",
                new FieldProblem("persons", "PERSON_DUPLICATE", "Trùng người trong vụ."));
    }

    private CasePerson requirePerson(String personId) {
        CasePerson person = persons.get(personId);
        if (person == null) {
            throw Refusal.ruleViolated("PERSON_UNKNOWN", "Không có người này trong vụ.",
                    new FieldProblem("personId", "PERSON_UNKNOWN", "Không có trong vụ."));
        }
        return person;
    }

    private void requireOpen() {
        if (stage == CaseStage.CLOSED) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Vụ đã kết thúc.",
                    new FieldProblem("caseId", "TRANSITION_NOT_ALLOWED", "Vụ đã kết thúc."));
        }
    }
}
