package vn.pcmt.cases.query.drugcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.cases.domain.ArrestKind;
import vn.pcmt.cases.domain.CaseKind;
import vn.pcmt.cases.domain.CasePerson;
import vn.pcmt.cases.domain.CaseStage;
import vn.pcmt.cases.domain.ClosureReason;
import vn.pcmt.cases.domain.QuantityUnit;
import vn.pcmt.cases.domain.SeizedSubstance;

@Document("drug_case")
@CompoundIndex(name = "commune_opened", def = "{'communeCode': 1, 'openedOn': -1}")
public record CaseDocument(
        @Id String caseId,
        CaseKind kind,
        String article,
        String violation,
        String communeCode,
        String villageCode,
        LocalDate openedOn,
        String tipId,
        String summary,
        CaseStage stage,
        LocalDate stageOn,
        boolean mobileTrial,
        ClosureReason closureReason,
        List<StageEntry> stages,
        List<CasePerson> persons,
        List<Arrest> arrests,
        List<Seizure> seizures,
        long version) {

    public record StageEntry(CaseStage stage, LocalDate on, String decisionNo) {
    }

    public record Arrest(String arrestId, String personId, ArrestKind kind, LocalDate arrestedOn, String residenceCommuneCode) {
    }

    public record Seizure(String seizureId, SeizedSubstance substance, BigDecimal quantity, QuantityUnit unit, LocalDate seizedOn) {
    }

    CaseDocument reached(CaseStage reached, LocalDate on, String decisionNo, boolean mobile, ClosureReason reason, long newVersion) {
        List<StageEntry> history = new ArrayList<>(stages);
        history.add(new StageEntry(reached, on, decisionNo));
        return new CaseDocument(caseId, kind, article, violation, communeCode, villageCode, openedOn, tipId, summary, reached, on,
                mobileTrial || mobile, reason, history, persons, arrests, seizures, newVersion);
    }

    CaseDocument withPersons(Consumer<List<CasePerson>> change, long newVersion) {
        List<CasePerson> changed = new ArrayList<>(persons);
        change.accept(changed);
        return new CaseDocument(caseId, kind, article, violation, communeCode, villageCode, openedOn, tipId, summary, stage, stageOn,
                mobileTrial, closureReason, stages, changed, arrests, seizures, newVersion);
    }

    CaseDocument withArrest(Arrest arrest, long newVersion) {
        List<Arrest> changed = new ArrayList<>(arrests);
        changed.add(arrest);
        return new CaseDocument(caseId, kind, article, violation, communeCode, villageCode, openedOn, tipId, summary, stage, stageOn,
                mobileTrial, closureReason, stages, persons, changed, seizures, newVersion);
    }

    CaseDocument withSeizure(Seizure seizure, long newVersion) {
        List<Seizure> changed = new ArrayList<>(seizures);
        changed.add(seizure);
        return new CaseDocument(caseId, kind, article, violation, communeCode, villageCode, openedOn, tipId, summary, stage, stageOn,
                mobileTrial, closureReason, stages, persons, arrests, changed, newVersion);
    }
}
