package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.cases.domain.command.AddGangMember;
import vn.pcmt.cases.domain.command.DismantleGang;
import vn.pcmt.cases.domain.command.EraseGangMembers;
import vn.pcmt.cases.domain.command.IdentifyGang;
import vn.pcmt.cases.domain.command.LinkGangCase;
import vn.pcmt.cases.domain.event.GangCaseLinked;
import vn.pcmt.cases.domain.event.GangDismantled;
import vn.pcmt.cases.domain.event.GangIdentified;
import vn.pcmt.cases.domain.event.GangMemberAdded;
import vn.pcmt.cases.domain.event.GangMembersErased;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** A gang (ổ nhóm) or network (đường dây): its members, the cases against it, and its dismantling (triệt phá). */
@Aggregate(cache = "gangCache")
public class Gang {

    @AggregateIdentifier
    private String gangId;
    private String communeCode;
    private LocalDate identifiedOn;
    private LocalDate dismantledOn;
    private boolean erased;
    private final Set<String> members = new HashSet<>();
    /** Every member's id in the gang's records: a named member's name is sealed under it. */
    private final Set<String> memberIds = new LinkedHashSet<>();
    private final Set<String> cases = new HashSet<>();

    protected Gang() {
        // for Axon
    }

    @CommandHandler
    public Gang(IdentifyGang command, AreaDirectory areas, SubjectDirectory subjects) {
        areas.requireVillageOf(command.communeCode(), command.villageCode(), "villageCode");
        Set<String> seen = new HashSet<>();
        List<GangMember> known = new ArrayList<>();
        for (GangMember member : command.members()) {
            GangMember checked = requireMember(member, subjects);
            if (!seen.add(identity(checked))) {
                throw duplicate();
            }
            known.add(checked);
        }
        apply(new GangIdentified(command.gangId(), command.kind(), command.alias().strip(), command.activity(), command.communeCode(),
                command.villageCode(), command.identifiedOn(), known));
    }

    @CommandHandler
    void handle(AddGangMember command, SubjectDirectory subjects) {
        requireActive();
        DateOrder.requireNotBefore(command.on(), identifiedOn, "on");
        GangMember member = requireMember(command.member(), subjects);
        if (members.contains(identity(member))) {
            throw duplicate();
        }
        apply(new GangMemberAdded(gangId, communeCode, member, command.on()));
    }

    @CommandHandler
    void handle(LinkGangCase command, KnownRecords records) {
        if (!records.caseExists(command.caseId())) {
            throw Refusal.ruleViolated("CASE_UNKNOWN", "Không có vụ án mã " + command.caseId() + ".",
                    new FieldProblem("caseId", "CASE_UNKNOWN", "Không tìm thấy vụ án."));
        }
        if (cases.contains(command.caseId())) {
            return; // linked already: the same request again changes nothing
        }
        apply(new GangCaseLinked(gangId, communeCode, command.caseId()));
    }

    @CommandHandler
    void handle(DismantleGang command) {
        requireActive();
        DateOrder.requireNotBefore(command.on(), identifiedOn, "on");
        apply(new GangDismantled(gangId, communeCode, command.on()));
    }

    /**
     * The end of retention: a dismantled gang, once the retention has run since its dismantling. Answers the ids of its
     * members, whose keys the caller destroys; sent again, it records nothing and answers them again.
     */
    @CommandHandler
    List<String> handle(EraseGangMembers command, Retention retention) {
        if (!erased) {
            if (dismantledOn == null) {
                throw PersonalDataErasure.stillOpen("Ổ nhóm, đường dây", "gangId");
            }
            retention.requireEndedBy(dismantledOn, command.erasedOn(), "erasedOn");
            apply(new GangMembersErased(gangId, command.erasedOn(), command.reason().strip(), List.copyOf(memberIds)));
        }
        return List.copyOf(memberIds);
    }

    @EventSourcingHandler
    void on(GangIdentified event) {
        gangId = event.gangId();
        communeCode = event.communeCode();
        identifiedOn = event.identifiedOn();
        event.members().forEach(member -> {
            members.add(identity(member));
            memberIds.add(member.memberId());
        });
    }

    @EventSourcingHandler
    void on(GangMemberAdded event) {
        members.add(identity(event.member()));
        memberIds.add(event.member().memberId());
    }

    @EventSourcingHandler
    void on(GangCaseLinked event) {
        cases.add(event.caseId());
    }

    @EventSourcingHandler
    void on(GangDismantled event) {
        dismantledOn = event.on();
    }

    @EventSourcingHandler
    void on(GangMembersErased event) {
        erased = true;
    }

    /** A subject member keeps only the link (the name stays in the registry); a named member needs a name or alias. */
    private static GangMember requireMember(GangMember member, SubjectDirectory subjects) {
        if (member.subjectId() != null) {
            subjects.require(member.subjectId(), "members.subjectId");
            return new GangMember(member.memberId(), member.subjectId(), null, member.role());
        }
        if (member.fullName() == null || member.fullName().isBlank()) {
            throw Refusal.invalid("MEMBER_INCOMPLETE", "Thành viên chưa có trong danh sách quản lý phải có họ tên hoặc biệt danh.",
                    new FieldProblem("members.fullName", "REQUIRED", "Ghi họ tên hoặc chọn đối tượng."));
        }
        return member;
    }

    private static String identity(GangMember member) {
        return member.subjectId() != null ? "subject:" + member.subjectId() : "member:" + member.memberId();
    }

    private static Refusal duplicate() {
        return Refusal.ruleViolated("MEMBER_DUPLICATE", "Người này đã là thành viên.",
                new FieldProblem("members", "MEMBER_DUPLICATE", "Trùng thành viên."));
    }

    private void requireActive() {
        if (dismantledOn != null) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Ổ nhóm, đường dây đã bị triệt phá.",
                    new FieldProblem("gangId", "TRANSITION_NOT_ALLOWED", "Đã bị triệt phá."));
        }
    }
}
