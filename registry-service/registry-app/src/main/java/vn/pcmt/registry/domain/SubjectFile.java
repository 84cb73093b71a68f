package vn.pcmt.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.registry.domain.event.AddictionDetermined;
import vn.pcmt.registry.domain.event.CategoryChanged;
import vn.pcmt.registry.domain.event.DuplicateAbsorbed;
import vn.pcmt.registry.domain.event.EntryRetracted;
import vn.pcmt.registry.domain.event.DrugTestRecorded;
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
 * A subject's file (hồ sơ) folded from their events: the aggregate decides with it, and the queries fold the same
 * events up to a date to answer "as of" questions, so the write side and the read side can never disagree.
 */
public final class SubjectFile {

    /**
     * How often a person under management must be tested. No national interval was found; seed 002's criteria 1, 2
     * and 5 need every addict, user and post-rehab person negative-tested within 30 days of a recognition request, so
     * a commune that tests every 30 days is always ready.
     */
    public static final int TEST_INTERVAL_DAYS = 30;

    private final String subjectId;
    private String fullName;
    private LocalDate dateOfBirth;
    private Sex sex;
    private String nationalId;
    private String nationalIdMissingReason;
    private Category category;
    private final Category registeredAs;
    private final FoundBy foundBy;
    private final LocalDate foundOn;
    private final List<ResidencePeriod> residences = new ArrayList<>();
    private final List<DrugTest> tests = new ArrayList<>();
    private Determination determination;
    private final List<ManagementPeriod> managementPeriods = new ArrayList<>();
    private final Map<String, Treatment> treatments = new LinkedHashMap<>();
    private final Map<Flag, RaisedFlag> flags = new EnumMap<>(Flag.class);
    private final List<LocalDate> residenceChecks = new ArrayList<>();
    private Supervisor supervisor;
    private final List<Support> supports = new ArrayList<>();
    private Removal removal;
    private String mergedInto;
    private boolean erased;
    private final List<String> duplicates = new ArrayList<>();

    private SubjectFile(SubjectRegistered registered) {
        this.subjectId = registered.subjectId();
        this.fullName = registered.fullName();
        this.dateOfBirth = registered.dateOfBirth();
        this.sex = registered.sex();
        this.nationalId = registered.nationalId();
        this.nationalIdMissingReason = registered.nationalIdMissingReason();
        this.category = registered.category();
        this.registeredAs = registered.category();
        this.foundBy = registered.foundBy();
        this.foundOn = registered.foundOn();
        this.residences.add(new ResidencePeriod(registered.residence(), registered.foundOn(), null));
    }

    public static SubjectFile registered(SubjectRegistered event) {
        return new SubjectFile(event);
    }

    /** The file from its registration and every later change, leaving out the changes later retracted. */
    public static SubjectFile fold(SubjectRegistered registered, List<RecordedChange> changes) {
        Set<Long> retracted = new HashSet<>();
        changes.forEach(recorded -> {
            if (recorded.change() instanceof EntryRetracted retraction) {
                retracted.addAll(retraction.versions());
            }
        });
        SubjectFile file = new SubjectFile(registered);
        changes.stream().filter(recorded -> !retracted.contains(recorded.version()))
                .forEach(recorded -> file.apply(recorded.change()));
        return file;
    }

    /** Events are applied in the order they were recorded, which is the order the aggregate decided them in. */
    public SubjectFile apply(SubjectChange change) {
        switch (change) {
            case DrugTestRecorded e -> tests.add(new DrugTest(e.testId(), e.testedOn(), e.method(), e.result(), e.substances()));
            case CategoryChanged e -> category = e.to();
            case RelapseRecorded e -> {
                // a relapse is a fact for the history and other services; the status follows from the tests
            }
            case AddictionDetermined e -> determination = new Determination(e.determinedOn(), e.facility(), e.addicted(),
                    e.notifiedOn(), e.voluntaryRehabDueOn());
            case ManagementPeriodStarted e -> managementPeriods.add(
                    new ManagementPeriod(e.kind(), e.decisionNo(), e.startsOn(), e.endsOn(), e.law()));
            case ResidenceChecked e -> residenceChecks.add(e.checkedOn());
            case TreatmentStarted e -> treatments.put(e.treatmentId(),
                    new Treatment(e.treatmentId(), e.kind(), e.startsOn(), e.facility(), null, null));
            case TreatmentEnded e -> treatments.computeIfPresent(e.treatmentId(),
                    (id, t) -> new Treatment(id, t.kind(), t.startsOn(), t.facility(), e.endsOn(), e.outcome()));
            case FlagRaised e -> flags.put(e.flag(), new RaisedFlag(e.flag(), e.raisedOn(), e.note()));
            case FlagCleared e -> flags.remove(e.flag());
            case SupervisorAssigned e -> supervisor = new Supervisor(e.supervisor(), e.organisation(), e.assignedOn());
            case SupportRecorded e -> supports.add(new Support(e.kind(), e.providedOn(), e.provider(), e.note()));
            case SubjectMoved e -> {
                ResidencePeriod current = residences.removeLast();
                residences.add(new ResidencePeriod(current.residence(), current.from(), e.movedOn().minusDays(1)));
                residences.add(new ResidencePeriod(e.to(), e.movedOn(), null));
            }
            case SubjectRemoved e -> removal = new Removal(e.reason(), e.removedOn(), e.note());
            case SubjectMerged e -> {
                mergedInto = e.survivorId();
                removal = new Removal(RemovalReason.MERGED, e.mergedOn(), e.reason());
            }
            case DuplicateAbsorbed e -> duplicates.add(e.duplicateId());
            case EntryRetracted e -> {
                // only a fold over the whole stream can leave entries out: see fold(...)
            }
            case SubjectErased e -> {
                erased = true;
                fullName = PersonalDataKeys.ERASED_NAME;
                nationalId = null;
                nationalIdMissingReason = null;
            }
            case SubjectDetailsCorrected e -> {
                fullName = e.fullName();
                dateOfBirth = e.dateOfBirth();
                sex = e.sex();
                nationalId = e.nationalId();
                nationalIdMissingReason = e.nationalIdMissingReason();
            }
        }
        return this;
    }

    // --- status on a date ---------------------------------------------------------------------------------------

    public List<Treatment> treatmentsOngoing() {
        return treatments.values().stream().filter(t -> t.endsOn() == null).toList();
    }

    public Optional<Treatment> treatment(String treatmentId) {
        return Optional.ofNullable(treatments.get(treatmentId));
    }

    /** The management period of {@code kind} running on {@code date}, if any. */
    public Optional<ManagementPeriod> managementOn(ManagementKind kind, LocalDate date) {
        return managementPeriods.stream().filter(p -> p.kind() == kind && p.covers(date)).findFirst();
    }

    public List<ManagementPeriod> managementPeriodsOn(LocalDate date) {
        return managementPeriods.stream().filter(p -> p.covers(date)).toList();
    }

    /**
     * Whether the person went through rehab proper, so post-rehab management can apply: a rehab on this file, or a
     * rehab before they were registered as a post-rehab person.
     */
    public boolean everInRehab() {
        return registeredAs == Category.POST_REHAB || treatments.values().stream().anyMatch(t -> t.kind().isRehab());
    }

    public Optional<DrugTest> lastTest() {
        return tests.stream().max(Comparator.comparing(DrugTest::testedOn));
    }

    /**
     * When the next drug test is due: every {@value #TEST_INTERVAL_DAYS} days after the last one (or after being found)
     * for everyone tested in the community; none for released offenders, persons in compulsory rehab (the facility
     * tests them) and persons who left the list.
     */
    public Optional<LocalDate> nextTestDueOn() {
        if (removal != null || category == Category.RELEASED_OFFENDER
                || treatmentsOngoing().stream().anyMatch(t -> t.kind() == TreatmentKind.COMPULSORY)) {
            return Optional.empty();
        }
        LocalDate last = lastTest().map(DrugTest::testedOn).filter(d -> !d.isBefore(foundOn)).orElse(foundOn);
        return Optional.of(last.plusDays(TEST_INTERVAL_DAYS));
    }

    /**
     * When the next residence check is due while a management period runs on {@code date}: the commune police verify
     * residence at least monthly (DOMAIN.md, "Persons").
     */
    public Optional<LocalDate> nextResidenceCheckDueOn(LocalDate date) {
        if (removal != null) {
            return Optional.empty();
        }
        return managementPeriodsOn(date).stream()
                .map(period -> residenceChecks.stream().filter(d -> !d.isBefore(period.startsOn()))
                        .max(Comparator.naturalOrder()).orElse(period.startsOn()).plusMonths(1))
                .min(Comparator.naturalOrder());
    }

    /** The last day under management for the periods running on {@code date}, if any runs. */
    public Optional<LocalDate> managementEndsOn(LocalDate date) {
        return managementPeriodsOn(date).stream().map(ManagementPeriod::endsOn).max(Comparator.naturalOrder());
    }

    /**
     * The voluntary-rehab registration deadline when a notified addict has not started voluntary rehab or substitution
     * therapy by it; the person then counts as not registered (DOMAIN.md: 5 working days after notification).
     */
    public Optional<LocalDate> voluntaryRehabDeadlinePending() {
        if (removal != null || determination == null || !determination.addicted() || determination.notifiedOn() == null) {
            return Optional.empty();
        }
        LocalDate due = determination.voluntaryRehabDueOn();
        boolean registered = treatments.values().stream().anyMatch(t -> t.kind().isVoluntary()
                && !t.startsOn().isAfter(due) && (t.endsOn() == null || !t.endsOn().isBefore(determination.notifiedOn())));
        boolean compelled = treatments.values().stream().anyMatch(t -> t.kind() == TreatmentKind.COMPULSORY
                && !t.startsOn().isBefore(determination.notifiedOn()));
        return registered || compelled ? Optional.empty() : Optional.of(due);
    }

    /** The earliest date anything on the file happened: a corrected date of birth may not come after it. */
    public LocalDate earliestRecordedDate() {
        List<LocalDate> dates = new ArrayList<>(List.of(foundOn));
        tests.forEach(t -> dates.add(t.testedOn()));
        treatments.values().forEach(t -> dates.add(t.startsOn()));
        managementPeriods.forEach(p -> dates.add(p.startsOn()));
        residenceChecks.forEach(dates::add);
        supports.forEach(s -> dates.add(s.providedOn()));
        flags.values().forEach(f -> dates.add(f.raisedOn()));
        if (determination != null) {
            dates.add(determination.determinedOn());
        }
        if (supervisor != null) {
            dates.add(supervisor.assignedOn());
        }
        return dates.stream().min(Comparator.naturalOrder()).orElseThrow();
    }

    /** Whether a management period or a treatment runs on {@code date}: the person is "managed" (DOMAIN.md). */
    public boolean isManagedOn(LocalDate date) {
        return !managementPeriodsOn(date).isEmpty() || treatments.values().stream().anyMatch(t -> t.covers(date));
    }

    /** Whether the person is on the list on {@code date}: registered by then and not yet removed. */
    public boolean isOnListOn(LocalDate date) {
        return !foundOn.isAfter(date) && (removal == null || removal.removedOn().isAfter(date));
    }

    /** The police's grouping of the person on {@code date} (only meaningful while on the list). */
    public ManagementBasis basisOn(LocalDate date) {
        if (isManagedOn(date)) {
            return ManagementBasis.LEGAL;
        }
        return category == Category.SUSPECTED ? ManagementBasis.SUSPECTED : ManagementBasis.OPERATIONAL;
    }

    public Optional<ResidencePeriod> residenceOn(LocalDate date) {
        return residences.stream().filter(r -> r.covers(date)).findFirst();
    }

    // --- plain facts ---------------------------------------------------------------------------------------------

    public String subjectId() {
        return subjectId;
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Sex sex() {
        return sex;
    }

    public String nationalId() {
        return nationalId;
    }

    /** Why the citizen identity number was not recorded at registration, when it was not. */
    public String nationalIdMissingReason() {
        return nationalIdMissingReason;
    }

    public Category category() {
        return category;
    }

    public FoundBy foundBy() {
        return foundBy;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public Residence residence() {
        return residences.getLast().residence();
    }

    public List<ResidencePeriod> residences() {
        return Collections.unmodifiableList(residences);
    }

    public List<DrugTest> tests() {
        return Collections.unmodifiableList(tests);
    }

    public Optional<Determination> determination() {
        return Optional.ofNullable(determination);
    }

    public List<ManagementPeriod> managementPeriods() {
        return Collections.unmodifiableList(managementPeriods);
    }

    public Collection<Treatment> treatments() {
        return Collections.unmodifiableCollection(treatments.values());
    }

    public Collection<RaisedFlag> flags() {
        return Collections.unmodifiableCollection(flags.values());
    }

    public boolean isFlagged(Flag flag) {
        return flags.containsKey(flag);
    }

    public List<LocalDate> residenceChecks() {
        return Collections.unmodifiableList(residenceChecks);
    }

    public Optional<Supervisor> supervisor() {
        return Optional.ofNullable(supervisor);
    }

    public List<Support> supports() {
        return Collections.unmodifiableList(supports);
    }

    public Optional<Removal> removal() {
        return Optional.ofNullable(removal);
    }

    /** The subject this one was merged into as a duplicate, if it was. */
    public Optional<String> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    /** The duplicates merged into this subject, whose histories belong to this person. */
    public List<String> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    public boolean isRemoved() {
        return removal != null;
    }

    /** Whether the person's identity was erased at the end of retention. */
    public boolean isErased() {
        return erased;
    }

    public record DrugTest(String testId, LocalDate testedOn, TestMethod method, TestResult result, List<Substance> substances) {
    }

    public record Determination(LocalDate determinedOn, String facility, boolean addicted, LocalDate notifiedOn,
                                LocalDate voluntaryRehabDueOn) {
    }

    public record ManagementPeriod(ManagementKind kind, String decisionNo, LocalDate startsOn, LocalDate endsOn,
                                   ManagementLaw law) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }
    }

    public record Treatment(String treatmentId, TreatmentKind kind, LocalDate startsOn, String facility, LocalDate endsOn,
                            TreatmentOutcome outcome) {

        /** In treatment from the start day until the day before it ended: on {@code endsOn} it is over. */
        public boolean covers(LocalDate date) {
            return !date.isBefore(startsOn) && (endsOn == null || date.isBefore(endsOn));
        }
    }

    public record RaisedFlag(Flag flag, LocalDate raisedOn, String note) {
    }

    public record Supervisor(String name, String organisation, LocalDate assignedOn) {
    }

    public record Support(SupportKind kind, LocalDate providedOn, String provider, String note) {
    }

    /** Where the person lived from {@code from} to {@code to} (both included; {@code to} is null while current). */
    public record ResidencePeriod(Residence residence, LocalDate from, LocalDate to) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    public record Removal(RemovalReason reason, LocalDate removedOn, String note) {
    }
}
