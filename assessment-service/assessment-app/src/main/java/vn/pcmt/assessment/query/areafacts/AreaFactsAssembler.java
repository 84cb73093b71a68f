package vn.pcmt.assessment.query.areafacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
     * An area's facts on {@code asOf} as an earlier reading found them ({@code earlier}: the positions it read and the
     * codes it knew each area by; {@code null}: everything kept so far, the directory today), with the positions and
     * codes this reading used.
     */
    public Assembled assemble(String areaCode, LocalDate asOf, Reading earlier) {
        boolean province = areas.findById(areaCode).filter(area -> area.level() == AreaLevel.PROVINCE).isPresent();
        List<String> communes = !province ? null
                : earlier != null && earlier.scopes().containsKey(areaCode) ? earlier.scopes().get(areaCode)
                : areas.findByParentCodeAndClosedOnIsNullOrderByCode(areaCode).stream().map(AreaDirectoryDocument::code).toList();
        return communes == null ? assembleLocal(areaCode, asOf, earlier) : assembleProvince(areaCode, communes, asOf, earlier);
    }

    /**
     * What an earlier reading used: the highest position it read in each stream, and the codes it knew each area by (a
     * province by its communes).
     */
    public record Reading(EventPositions positions, Map<String, List<String>> scopes) {
    }


    /**
     * A province: its communes' persons and counts together (a person lives in one commune on a day; a count is placed
     * in one commune), its own manual facts, and how many of its communes are of Type I or II under Art. 4.
     */
    private Assembled assembleProvince(String provinceCode, List<String> communes, LocalDate asOf, Reading earlier) {
        ProgrammeYear year = ProgrammeYear.appraisedOn(asOf);
        EventPositions known = earlier == null ? null : earlier.positions();
        Map<String, PersonFact> residents = new LinkedHashMap<>();
        Map<String, List<String>> scopes = new TreeMap<>(Map.of(provinceCode, communes));
        List<EventPosition> read = new ArrayList<>();
        CaseCounts counts = CaseCounts.NONE;
        int keyCommunes = 0;
        CriteriaSet communeTypes = CriteriaSet.of(CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA);
        for (String commune : communes) {
            Assembled assembled = assembleLocal(commune, asOf, earlier);
            AreaFacts local = assembled.facts();
            read.addAll(assembled.eventPositions());
            scopes.putAll(assembled.scopes());
            local.persons().forEach(person -> residents.putIfAbsent(person.subjectId(), person)); // a person lives in one place
            counts = counts.plus(local.cases());
            String type = communeTypes.appraise(local).outcome();
            keyCommunes += "TYPE_I".equals(type) || "TYPE_II".equals(type) ? 1 : 0;
        }
        Optional<AreaFactsDocument> recorded = manual.of(provinceCode, year.year(), known);
        recorded.map(ManualFacts::positionOf).ifPresent(read::add);
        AreaFacts facts = new AreaFacts(provinceCode, asOf, recorded.map(AreaFactsDocument::population).orElse(0L),
                recorded.map(AreaFactsDocument::onRoute).orElse(false), List.copyOf(residents.values()), counts, null,
                recorded.map(AreaFactsDocument::households).orElse(0L), recorded.map(AreaFactsDocument::householdsCommitted).orElse(0L),
                recorded.map(r -> (int) r.preventionModels().stream().filter(m -> counts(m, asOf)).count()).orElse(0), keyCommunes,
                communes.size());
        return new Assembled(facts, year, recorded, EventPositions.highestOf(read).list(), scopes);
    }

    private Assembled assembleLocal(String areaCode, LocalDate asOf, Reading earlier) {
        ProgrammeYear year = ProgrammeYear.appraisedOn(asOf);
        EventPositions known = earlier == null ? null : earlier.positions();
        Set<String> codes = earlier != null && earlier.scopes().containsKey(areaCode) ? new LinkedHashSet<>(earlier.scopes().get(areaCode))
                : scope.codesOf(areaCode);
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
        return new Assembled(facts, year, recorded, EventPositions.highestOf(read).list(), Map.of(areaCode, List.copyOf(codes)));
    }

    /**
     * The facts, the programme year they belong to, the manual record they read (with its author), if any, the highest
     * position read in each stream, and the codes each area was known by (a province by its communes).
     */
    public record Assembled(AreaFacts facts, ProgrammeYear year, Optional<AreaFactsDocument> manual, List<EventPosition> eventPositions,
                            Map<String, List<String>> scopes) {
    }

    /** A model counts once it has started, and only if it works. */
    private static boolean counts(PreventionModel model, LocalDate asOf) {
        return model.effective() && !model.since().isAfter(asOf);
    }
}
