package vn.pcmt.registry.domain.event;

/** Every event after registration: what {@link vn.pcmt.registry.domain.SubjectFile} folds into a subject's status. */
public sealed interface SubjectChange permits DrugTestRecorded, CategoryChanged, RelapseRecorded, AddictionDetermined,
        ManagementPeriodStarted, ResidenceChecked, TreatmentStarted, TreatmentEnded, FlagRaised, FlagCleared,
        SupervisorAssigned, SupportRecorded, SubjectMoved, SubjectRemoved, SubjectDetailsCorrected,
        SubjectMerged, DuplicateAbsorbed, EntryRetracted, SubjectErased {

    String subjectId();
}
