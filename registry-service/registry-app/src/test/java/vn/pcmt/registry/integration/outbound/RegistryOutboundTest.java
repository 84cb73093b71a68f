package vn.pcmt.registry.integration.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.pcmt.registry.domain.Flag;
import vn.pcmt.registry.domain.ManagementKind;
import vn.pcmt.registry.domain.RemovalReason;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.Sex;
import vn.pcmt.registry.domain.Subjects;
import vn.pcmt.registry.domain.SupportKind;
import vn.pcmt.registry.domain.TreatmentKind;
import vn.pcmt.registry.domain.TreatmentOutcome;
import vn.pcmt.registry.domain.event.AddictionDetermined;
import vn.pcmt.registry.domain.event.DuplicateAbsorbed;
import vn.pcmt.registry.domain.event.FlagCleared;
import vn.pcmt.registry.domain.event.FlagRaised;
import vn.pcmt.registry.domain.event.RelapseRecorded;
import vn.pcmt.registry.domain.event.ResidenceChecked;
import vn.pcmt.registry.domain.event.SubjectChange;
import vn.pcmt.registry.domain.event.SubjectDetailsCorrected;
import vn.pcmt.registry.domain.event.SubjectMerged;
import vn.pcmt.registry.domain.event.SubjectMoved;
import vn.pcmt.registry.domain.event.SubjectRemoved;
import vn.pcmt.registry.domain.event.SubjectErased;
import vn.pcmt.registry.domain.event.SupervisorAssigned;
import vn.pcmt.registry.domain.event.SupportRecorded;

/** Every domain change maps to the published record of the same name, carrying nothing that identifies the person. */
class RegistryOutboundTest {

    private static final String ID = "s-1";
    private static final LocalDate ON = LocalDate.of(2026, 7, 1);

    static Stream<SubjectChange> changes() {
        Residence thon3 = new Residence(Subjects.COMMUNE, Subjects.VILLAGE, "Số 5, ngõ 2, Thôn 3");
        return Stream.of(Subjects.positiveTest(ID, ON), Subjects.becameUser(ID, ON), new RelapseRecorded(ID, "t-1", ON, "SUBSTITUTION"),
                new AddictionDetermined(ID, ON, "Trung tâm Y tế huyện", true, ON, ON.plusDays(7)),
                Subjects.managed(ID, ManagementKind.POST_REHAB, ON), new ResidenceChecked(ID, ON, "Có mặt tại nhà"),
                Subjects.treatmentStarted(ID, "tr-1", TreatmentKind.SUBSTITUTION, ON),
                Subjects.treatmentEnded(ID, "tr-1", TreatmentKind.SUBSTITUTION, ON, TreatmentOutcome.COMPLETED),
                new FlagRaised(ID, Flag.PSYCHOSIS_SIGNS, ON, "Hoang tưởng"), new FlagCleared(ID, Flag.PSYCHOSIS_SIGNS, ON, "Ổn định"),
                new SupportRecorded(ID, SupportKind.JOB, ON, "Hội Nông dân xã", "Việc làm tại xưởng mộc"),
                new SubjectMoved(ID, thon3, new Residence(Subjects.OTHER_COMMUNE, Subjects.OTHER_VILLAGE, "Xóm 1"), ON, ON, false),
                new SubjectRemoved(ID, RemovalReason.DEATH, ON, "Tử vong do bệnh"),
                new SubjectDetailsCorrected(ID, "Nguyễn Văn Ân", Subjects.BORN, Sex.MALE, "031095004321", null, "Ghi nhầm", ON),
                new SubjectMerged(ID, "s-2", "Trùng hồ sơ", ON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void givenChange_whenMapped_thenPublishedRecordOfTheSameNameWithoutIdentity(SubjectChange change) throws Exception {
        Object payload = RegistryOutbound.payload(change);

        assertThat(payload.getClass().getSimpleName()).isEqualTo(change.getClass().getSimpleName());
        assertThat(payload.getClass().getField("TYPE").get(null)).isEqualTo(RegistryOutbound.type(payload));
        assertThat(payload.toString()).doesNotContain("Nguyễn", "031095004321", "Số 5", "Xóm 1", "Hoang tưởng", "Ổn định",
                "Trung tâm", "Hội Nông dân", "Việc làm", "Có mặt", "Tử vong", "Trùng hồ sơ", "Ghi nhầm", "QĐ-01",
                "Cơ sở điều trị");
    }

    @Test
    void givenSupervisorAssignedDuplicateAbsorbedOrErased_whenMapped_thenNotPublished() {
        assertThat(RegistryOutbound.payload(new SupervisorAssigned(ID, "Trần Thị Bình", "Hội Phụ nữ", ON))).isNull();
        assertThat(RegistryOutbound.payload(new DuplicateAbsorbed(ID, "s-0", "Trùng hồ sơ", ON))).isNull();
        assertThat(RegistryOutbound.payload(new SubjectErased(ID, ON, "Hết thời hạn lưu trữ"))).isNull();
        assertThat(changes().map(Object::getClass).distinct().count())
                .isEqualTo(SubjectChange.class.getPermittedSubclasses().length - 4); // and EntryRetracted: a restatement
    }
}
