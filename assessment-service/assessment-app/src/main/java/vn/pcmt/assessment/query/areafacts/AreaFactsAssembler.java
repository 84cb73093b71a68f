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
import vn.pcmt.assessment.domain.facts.CaseFacts;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.casefacts.CaseFactLedger;
import vn.pcmt.assessment.query.personhistory.PersonHistories;
import vn.pcmt.assessment.query.registration.RegistrationRepository;

/**
 * An area's facts on a date: persons from the registry's histories, counts from case-service's facts over the
 * programme year up to the date, the manual facts recorded for that programme year, and the baseline of its
 * registration for the year (none when not registered). A province's are its communes' together.
 */
@Component
public class AreaFactsAssembler {

    private final PersonHistories persons;
    private final CaseFactLedger cases;
    private final AreaFactsRepository manual;
    private final RegistrationRepository registrations;
    private final AreaDirectoryRepository areas;

    public AreaFactsAssembler(PersonHistories persons, CaseFactLedger cases, AreaFactsRepository manual,
                              RegistrationRepository registrations, AreaDirectoryRepository areas) {
        this.persons = persons;
        this.cases = cases;
        this.manual = manual;
        this.registrations = registrations;
        this.areas = areas;
    }

    /** A commune's or village's facts on {@code asOf}, and the manual facts they used (empty when none were recorded). */
    public Assembled assemble(String areaCode, LocalDate asOf) {
        List<String> communes = areas.findById(areaCode).filter(area -> area.level() == AreaLevel.PROVINCE)
                .map(province -> areas.findByParentCodeOrderByCode(areaCode).stream().map(AreaDirectoryDocument::code).toList())
                .orElse(null);
        return communes == null ? assembleLocal(areaCode, asOf) : assembleProvince(areaCode, communes, asOf);
    }

    /**
     * A province: its communes' persons and counts together (a person lives in one commune on a day; a count is placed
     * in one commune), its own manual facts, and how many of its communes are of Type I or II under Art. 4.
     */
    private Assembled assembleProvince(String provinceCode, List<String> communes, LocalDate asOf) {
        ProgrammeYear year = ProgrammeYear.appraisedOn(asOf);
        List<PersonFact> residents = new ArrayList<>();
        CaseCounts counts = CaseCounts.NONE;
        int keyCommunes = 0;
        CriteriaSet communeTypes = CriteriaSet.of(CriteriaSetId.QD28_2025_COMMUNE_KEY_AREA);
        for (String commune : communes) {
            AreaFacts local = assembleLocal(commune, asOf).facts();
            residents.addAll(local.persons());
            counts = counts.plus(local.cases());
            String type = communeTypes.appraise(local).outcome();
            keyCommunes += "TYPE_I".equals(type) || "TYPE_II".equals(type) ? 1 : 0;
        }
        Optional<AreaFactsDocument> recorded = manual.findById(AreaFactsDocument.id(provinceCode, year.year()));
        AreaFacts facts = new AreaFacts(provinceCode, asOf, recorded.map(AreaFactsDocument::population).orElse(0L),
                recorded.map(AreaFactsDocument::onRoute).orElse(false), residents, counts, null,
                recorded.map(AreaFactsDocument::households).orElse(0L), recorded.map(AreaFactsDocument::householdsCommitted).orElse(0L),
                recorded.map(r -> (int) r.preventionModels().stream().filter(m -> counts(m, asOf)).count()).orElse(0), keyCommunes,
                communes.size());
        return new Assembled(facts, year, recorded);
    }

    private Assembled assembleLocal(String areaCode, LocalDate asOf) {
        ProgrammeYear year = ProgrammeYear.appraisedOn(asOf);
        List<PersonFact> residents = persons.residents(areaCode, asOf);
        Set<String> residentSubjects = residents.stream().map(PersonFact::subjectId).collect(Collectors.toSet());
        CaseCounts counts = CaseFacts.fold(cases.touching(areaCode), areaCode, year, asOf, residentSubjects);
        Optional<AreaFactsDocument> recorded = manual.findById(AreaFactsDocument.id(areaCode, year.year()));
        Integer baseline = registrations.findById(DrugFreeRegistration.id(areaCode, year.year()))
                .map(r -> (int) r.baselineUsers()).orElse(null);
        int effectiveModels = recorded.map(r -> (int) r.preventionModels().stream().filter(m -> counts(m, asOf)).count()).orElse(0);
        AreaFacts facts = new AreaFacts(areaCode, asOf, recorded.map(AreaFactsDocument::population).orElse(0L),
                recorded.map(AreaFactsDocument::onRoute).orElse(false), residents, counts, baseline,
                recorded.map(AreaFactsDocument::households).orElse(0L), recorded.map(AreaFactsDocument::householdsCommitted).orElse(0L),
                effectiveModels, 0, 0);
        return new Assembled(facts, year, recorded);
    }

    /** The facts, the programme year they belong to, and the manual record they read (with its author), if any. */
    public record Assembled(AreaFacts facts, ProgrammeYear year, Optional<AreaFactsDocument> manual) {
    }

    /** A model counts once it has started, and only if it works. */
    private static boolean counts(PreventionModel model, LocalDate asOf) {
        return model.effective() && !model.since().isAfter(asOf);
    }
}
