package vn.pcmt.assessment.query.areafacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.DrugFreeRegistration;
import vn.pcmt.assessment.domain.PreventionModel;
import vn.pcmt.assessment.domain.criteria.AreaFacts;
import vn.pcmt.assessment.domain.criteria.CaseCounts;
import vn.pcmt.assessment.domain.criteria.CriteriaSet;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;
import vn.pcmt.assessment.domain.criteria.PersonFact;
import vn.pcmt.assessment.domain.facts.CaseFact;
import vn.pcmt.assessment.domain.facts.CaseFacts;
import vn.pcmt.assessment.domain.facts.EventPosition;
import vn.pcmt.assessment.domain.facts.EventPositions;
import vn.pcmt.assessment.domain.facts.PersonHistory;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.areadirectory.AreaScope;
import vn.pcmt.assessment.query.casefacts.CaseFactLedger;
import vn.pcmt.assessment.query.personhistory.PersonHistories;
import vn.pcmt.assessment.query.registration.RegistrationRepository;

/**
 * An area's facts on a date: persons from the registry's histories, counts from case-service's facts over the
 * programme year up to the date, the manual facts recorded for that programme year, and the baseline of its
 * registration for the year (none when not registered); an area is known by the codes {@link AreaScope} gives. A
 * province's are its open communes' together.
 */
@Component
public class AreaFactsAssembler {

    private final PersonHistories persons;
    private final CaseFactLedger cases;
    private final ManualFacts manual;
    private final RegistrationRepository registrations;
    private final AreaDirectoryRepository areas;
    private final AreaScope scope;

    public AreaFactsAssembler(PersonHistories persons, CaseFactLedger cases, ManualFacts manual,
                              RegistrationRepository registrations, AreaDirectoryRepository areas, AreaScope scope) {
        this.persons = persons;
        this.cases = cases;
        this.manual = manual;
        this.registrations = registrations;
        this.areas = areas;
        this.scope = scope;
    }

    /** An area's facts on {@code asOf}, and the manual facts they used (empty when none were recorded). */
    public Assembled assemble(String areaCode, LocalDate asOf) {
        return assemble(areaCode, asOf, null);
    }

    /**
     * An area's facts on {@code asOf} as they were known at {@code known} (the positions an earlier reading recorded;
     * {@code null}: everything kept so far), with the positions this reading read.
     */
    public Assembled assemble(String areaCode, LocalDate asOf, EventPositions known) {
        List<String> communes = areas.findById(areaCode).filter(area -> area.level() == AreaLevel.PROVINCE)
                .map(province -> areas.findByParentCodeAndClosedOnIsNullOrderByCode(areaCode).stream().map(AreaDirectoryDocument::code).toList())
                .orElse(null);
        return communes == null ? assembleLocal(areaCode, asOf, known) : assembleProvince(areaCode, communes, asOf, known);
    }

    /**
     * A province: its communes' persons and counts together (a person lives in one commune on a day; a count is placed
     * in one commune), its own manual facts, and how many of its communes are of Type I or II under Art. 4.
     */
    private Assembled assembleProvince(String provinceCode, List<String> communes, LocalDate asOf, EventPositions known) {
        ProgrammeYear year = ProgrammeYear.appraisedOn(asOf);
        List<PersonFact> residents = new ArrayList<>();
        List<EventPosition> read = new ArrayList<>();
        CaseCounts counts = CaseCounts.NONE;
        int keyCommunes = 0;
        CriteriaSet communeTypes = CriteriaSet.of(CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA);
        for (String commune : communes) {
            Assembled assembled = assembleLocal(commune, asOf, known);
            AreaFacts local = assembled.facts();
            read.addAll(assembled.eventPositions());
            residents.addAll(local.persons());
            counts = counts.plus(local.cases());
            String type = communeTypes.appraise(local).outcome();
            keyCommunes += "TYPE_I".equals(type) || "TYPE_II".equals(type) ? 1 : 0;
        }
        Optional<AreaFactsDocument> recorded = manual.of(provinceCode, year.year(), known);
        recorded.map(ManualFacts::positionOf).ifPresent(read::add);
        AreaFacts facts = new AreaFacts(provinceCode, asOf, recorded.map(AreaFactsDocument::population).orElse(0L),
                recorded.map(AreaFactsDocument::onRoute).orElse(false), residents, counts, null,
                recorded.map(AreaFactsDocument::households).orElse(0L), recorded.map(AreaFactsDocument::householdsCommitted).orElse(0L),
                recorded.map(r -> (int) r.preventionModels().stream().filter(m -> counts(m, asOf)).count()).orElse(0), keyCommunes,
                communes.size());
        return new Assembled(facts, year, recorded, EventPositions.highestOf(read).list());
    }

    private Assembled assembleLocal(String areaCode, LocalDate asOf, EventPositions known) {
        ProgrammeYear year = ProgrammeYear.appraisedOn(asOf);
        Set<String> codes = scope.codesOf(areaCode);
        List<PersonHistory> histories = persons.histories(codes, known);
        List<PersonFact> residents = histories.stream().map(history -> history.asOf(asOf, codes)).flatMap(Optional::stream).toList();
        Set<String> residentSubjects = residents.stream().map(PersonFact::subjectId).collect(Collectors.toSet());
        List<CaseFact> caseFacts = cases.touching(codes).stream().filter(fact -> known == null || known.includes(fact.position())).toList();
        CaseCounts counts = CaseFacts.fold(caseFacts, codes, year, asOf, residentSubjects);
        Optional<AreaFactsDocument> recorded = manual.of(areaCode, year.year(), known);
        List<EventPosition> read = new ArrayList<>();
        histories.forEach(history -> history.entries().forEach(entry -> read.add(entry.position())));
        caseFacts.forEach(fact -> read.add(fact.position()));
        recorded.map(ManualFacts::positionOf).ifPresent(read::add);
        String registration = DrugFreeRegistration.id(areaCode, year.year());
        Integer baseline = registrations.findById(registration)
                .filter(r -> known == null || known.ofAggregate(registration).isPresent())
                .map(r -> (int) r.baselineUsers()).orElse(null);
        if (baseline != null) {
            read.add(EventPosition.ofAggregate(registration, 0)); // a registration is its one event
        }
        int effectiveModels = recorded.map(r -> (int) r.preventionModels().stream().filter(m -> counts(m, asOf)).count()).orElse(0);
        AreaFacts facts = new AreaFacts(areaCode, asOf, recorded.map(AreaFactsDocument::population).orElse(0L),
                recorded.map(AreaFactsDocument::onRoute).orElse(false), residents, counts, baseline,
                recorded.map(AreaFactsDocument::households).orElse(0L), recorded.map(AreaFactsDocument::householdsCommitted).orElse(0L),
                effectiveModels, 0, 0);
        return new Assembled(facts, year, recorded, EventPositions.highestOf(read).list());
    }

    /**
     * The facts, the programme year they belong to, the manual record they read (with its author), if any, and the
     * highest position read in each stream.
     */
    public record Assembled(AreaFacts facts, ProgrammeYear year, Optional<AreaFactsDocument> manual, List<EventPosition> eventPositions) {
    }

    /** A model counts once it has started, and only if it works. */
    private static boolean counts(PreventionModel model, LocalDate asOf) {
        return model.effective() && !model.since().isAfter(asOf);
    }
}
