package vn.pcmt.registry.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.registry.domain.command.RegisterSubject;
import vn.pcmt.registry.domain.event.SubjectRegistered;

/** A person under management (đối tượng), from registration until they leave the list. */
@Aggregate
public class Subject {

    @AggregateIdentifier
    private String subjectId;

    protected Subject() {
        // for Axon
    }

    @CommandHandler
    public Subject(RegisterSubject command, AreaDirectory areas, SubjectIndex subjects) {
        if (command.foundOn().isBefore(command.dateOfBirth())) {
            throw Refusal.ruleViolated("DATE_BEFORE_BIRTH", "Ngày phát hiện không thể trước ngày sinh.",
                    new FieldProblem("foundOn", "DATE_BEFORE_BIRTH", "Ngày phát hiện trước ngày sinh."));
        }
        Residence residence = command.residence();
        String commune = areas.communeOfVillage(residence.villageCode()).orElseThrow(() -> Refusal.ruleViolated(
                "AREA_UNKNOWN", "Không có thôn/xóm mã " + residence.villageCode() + " trong danh mục địa bàn.",
                new FieldProblem("residence.villageCode", "AREA_UNKNOWN", "Không có địa bàn mã này.")));
        if (!commune.equals(residence.communeCode())) {
            throw Refusal.ruleViolated("AREA_UNKNOWN", "Thôn/xóm " + residence.villageCode() + " không thuộc xã "
                            + residence.communeCode() + ".",
                    new FieldProblem("residence.villageCode", "AREA_MISMATCH", "Thôn/xóm không thuộc xã đã chọn."));
        }
        if (command.nationalId() != null) {
            subjects.claimNationalId(command.nationalId(), command.subjectId()).ifPresent(existing -> {
                throw Refusal.conflict("SUBJECT_DUPLICATE_NATIONAL_ID",
                        "Đã có đối tượng với số CCCD này (mã " + existing + ").",
                        new FieldProblem("nationalId", "DUPLICATE", existing));
            });
        }
        apply(new SubjectRegistered(command.subjectId(), command.fullName().strip(), command.dateOfBirth(),
                command.sex(), command.nationalId(), residence, command.category(), command.foundBy(), command.foundOn()));
    }

    @EventSourcingHandler
    void on(SubjectRegistered event) {
        this.subjectId = event.subjectId();
    }
}
