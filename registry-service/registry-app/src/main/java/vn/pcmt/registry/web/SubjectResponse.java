package vn.pcmt.registry.web;

import java.time.LocalDate;
import java.util.List;

import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.Flag;
import vn.pcmt.registry.domain.FoundBy;
import vn.pcmt.registry.domain.ManagementBasis;
import vn.pcmt.registry.domain.ManagementKind;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.Sex;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.TreatmentKind;

/** A subject's profile and status on {@code asOf} (today unless asked), with the file behind it. */
public record SubjectResponse(
        String id,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationalId,
        String nationalIdMissingReason,
        Residence residence,
        Category category,
        FoundBy foundBy,
        LocalDate foundOn,
        long version,
        LocalDate asOf,
        Status status,
        List<SubjectFile.DrugTest> drugTests,
        SubjectFile.Determination addictionDetermination,
        List<SubjectFile.ManagementPeriod> managementPeriods,
        List<SubjectFile.Treatment> treatments,
        List<SubjectFile.RaisedFlag> flags,
        List<SubjectFile.ResidencePeriod> residences,
        List<LocalDate> residenceChecks,
        SubjectFile.Supervisor supervisor,
        List<SubjectFile.Support> supports,
        SubjectFile.Removal removal,
        String mergedInto,
        List<String> duplicates) {

    /** What an officer needs to act on today: measures running, what is due, what is late. */
    public record Status(
            boolean onList,
            ManagementBasis basis,
            List<TreatmentKind> inTreatment,
            List<ManagementKind> underManagement,
            LocalDate managementEndsOn,
            LocalDate lastTestOn,
            LocalDate nextTestDueOn,
            boolean testOverdue,
            LocalDate nextResidenceCheckDueOn,
            boolean residenceCheckOverdue,
            LocalDate voluntaryRehabDueOn,
            boolean voluntaryRehabMissed,
            List<Flag> flags) {
    }

    static SubjectResponse of(SubjectFile file, long version, LocalDate asOf) {
        LocalDate nextTest = file.nextTestDueOn().orElse(null);
        LocalDate nextCheck = file.nextResidenceCheckDueOn(asOf).orElse(null);
        LocalDate rehabDue = file.voluntaryRehabDeadlinePending().orElse(null);
        Status status = new Status(file.isOnListOn(asOf), file.basisOn(asOf),
                file.treatments().stream().filter(t -> t.covers(asOf)).map(SubjectFile.Treatment::kind).toList(),
                file.managementPeriodsOn(asOf).stream().map(SubjectFile.ManagementPeriod::kind).toList(),
                file.managementEndsOn(asOf).orElse(null),
                file.lastTest().map(SubjectFile.DrugTest::testedOn).orElse(null),
                nextTest, nextTest != null && nextTest.isBefore(asOf),
                nextCheck, nextCheck != null && nextCheck.isBefore(asOf),
                rehabDue, rehabDue != null && rehabDue.isBefore(asOf),
                file.flags().stream().map(SubjectFile.RaisedFlag::flag).toList());
        return new SubjectResponse(file.subjectId(), file.fullName(), file.dateOfBirth(), file.sex(), file.nationalId(),
                file.nationalIdMissingReason(), file.residence(), file.category(), file.foundBy(), file.foundOn(), version, asOf, status, file.tests(),
                file.determination().orElse(null), file.managementPeriods(), List.copyOf(file.treatments()),
                List.copyOf(file.flags()), file.residences(), file.residenceChecks(), file.supervisor().orElse(null),
                file.supports(), file.removal().orElse(null), file.mergedInto().orElse(null), file.duplicates());
    }
}
