package vn.pcmt.registry.domain;

import java.time.LocalDate;
import java.util.List;

import vn.pcmt.registry.domain.command.RegisterSubject;
import vn.pcmt.registry.domain.event.CategoryChanged;
import vn.pcmt.registry.domain.event.DrugTestRecorded;
import vn.pcmt.registry.domain.event.ManagementPeriodStarted;
import vn.pcmt.registry.domain.event.SubjectRegistered;
import vn.pcmt.registry.domain.event.TreatmentEnded;
import vn.pcmt.registry.domain.event.TreatmentStarted;

/** Object Mother: subjects of Hà Tây commune (seed 001). */
public final class Subjects {

    public static final String COMMUNE = "31000";
    public static final String VILLAGE = "31000-03";
    public static final String OTHER_COMMUNE = "32000";
    public static final String OTHER_VILLAGE = "32000-01";
    public static final LocalDate BORN = LocalDate.of(1995, 3, 14);
    public static final LocalDate FOUND = LocalDate.of(2026, 4, 2);

    private Subjects() {
    }

    public static RegisterSubject registerSuspected(String subjectId) {
        return register(subjectId, Category.SUSPECTED);
    }

    public static RegisterSubject register(String subjectId, Category category) {
        return new RegisterSubject(subjectId, "Nguyễn Văn An", BORN, Sex.MALE, "031095001234", null,
                new Residence(COMMUNE, VILLAGE, "Thôn 3"), category, FoundBy.DOOR_TO_DOOR_REVIEW, FOUND, false);
    }

    public static SubjectRegistered registered(RegisterSubject command) {
        return new SubjectRegistered(command.subjectId(), command.fullName(), command.dateOfBirth(), command.sex(),
                command.nationalId(), command.nationalIdMissingReason(), command.residence(), command.category(), command.foundBy(), command.foundOn());
    }

    public static SubjectRegistered registered(String subjectId, Category category) {
        return registered(register(subjectId, category));
    }

    public static DrugTestRecorded positiveTest(String subjectId, LocalDate on) {
        return new DrugTestRecorded(subjectId, "t-" + on, on, TestMethod.URINE_RAPID, TestResult.POSITIVE, List.of(Substance.MDMA));
    }

    public static DrugTestRecorded negativeTest(String subjectId, LocalDate on) {
        return new DrugTestRecorded(subjectId, "t-" + on, on, TestMethod.URINE_RAPID, TestResult.NEGATIVE, List.of());
    }

    public static CategoryChanged becameUser(String subjectId, LocalDate on) {
        return new CategoryChanged(subjectId, Category.SUSPECTED, Category.ILLEGAL_USER, on, "POSITIVE_TEST");
    }

    public static ManagementPeriodStarted managed(String subjectId, ManagementKind kind, LocalDate startsOn) {
        ManagementLaw law = ManagementLaw.inForceOn(startsOn);
        return new ManagementPeriodStarted(subjectId, kind, "QĐ-01", startsOn, law.managementEndsOn(kind, startsOn), law);
    }

    public static TreatmentStarted treatmentStarted(String subjectId, String treatmentId, TreatmentKind kind, LocalDate on) {
        return new TreatmentStarted(subjectId, treatmentId, kind, on, "Cơ sở điều trị Methadone huyện");
    }

    public static TreatmentEnded treatmentEnded(String subjectId, String treatmentId, TreatmentKind kind, LocalDate on,
                                                TreatmentOutcome outcome) {
        return new TreatmentEnded(subjectId, treatmentId, kind, on, outcome);
    }
}
