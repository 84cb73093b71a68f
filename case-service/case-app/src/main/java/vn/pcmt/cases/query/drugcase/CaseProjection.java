package vn.pcmt.cases.query.drugcase;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.CaseStage;
import vn.pcmt.cases.domain.Residence;
import vn.pcmt.cases.domain.event.ArrestMade;
import vn.pcmt.cases.domain.event.CaseOpened;
import vn.pcmt.cases.domain.event.CasePersonAdded;
import vn.pcmt.cases.domain.event.CasePersonLinked;
import vn.pcmt.cases.domain.event.CasePersonsErased;
import vn.pcmt.cases.domain.event.CaseStageReached;
import vn.pcmt.cases.domain.event.SeizureRecorded;
import vn.pcmt.cases.query.drugcase.CaseDocument.Arrest;
import vn.pcmt.cases.query.drugcase.CaseDocument.Seizure;
import vn.pcmt.cases.query.drugcase.CaseDocument.StageEntry;

@Component
@ProcessingGroup("drug-case")
public class CaseProjection {

    private final CaseRepository cases;
    private final MongoTemplate mongo;

    public CaseProjection(CaseRepository cases, MongoTemplate mongo) {
        this.cases = cases;
        this.mongo = mongo;
    }

    @EventHandler
    void on(CaseOpened e, @SequenceNumber long version) {
        cases.save(new CaseDocument(e.caseId(), e.kind(), e.article(), e.violation(), e.communeCode(), e.villageCode(), e.openedOn(),
                e.tipId(), e.summary(), CaseStage.SOURCE_RECEIVED, e.openedOn(), false, null,
                List.of(new StageEntry(CaseStage.SOURCE_RECEIVED, e.openedOn(), null)), e.persons(), List.of(), List.of(), version));
    }

    @EventHandler
    void on(CasePersonAdded e, @SequenceNumber long version) {
        cases.save(find(e.caseId()).withPersons(persons -> persons.add(e.person()), version));
    }

    @EventHandler
    void on(CasePersonLinked e, @SequenceNumber long version) {
        Residence residence = new Residence(e.residenceCommuneCode(), e.residenceVillageCode());
        cases.save(find(e.caseId()).withPersons(persons -> persons.replaceAll(person -> person.personId().equals(e.personId())
                ? person.linkedTo(e.subjectId()).livingIn(residence) : person), version));
    }

    @EventHandler
    void on(CaseStageReached e, @SequenceNumber long version) {
        cases.save(find(e.caseId()).reached(e.stage(), e.on(), e.decisionNo(), e.mobileTrial(), e.closureReason(), version));
    }

    @EventHandler
    void on(ArrestMade e, @SequenceNumber long version) {
        cases.save(find(e.caseId()).withArrest(new Arrest(e.arrestId(), e.personId(), e.kind(), e.arrestedOn(),
                e.residenceCommuneCode()), version));
    }

    @EventHandler
    void on(SeizureRecorded e, @SequenceNumber long version) {
        cases.save(find(e.caseId()).withSeizure(new Seizure(e.seizureId(), e.substance(), e.quantity(), e.unit(), e.seizedOn()),
                version));
    }

    private CaseDocument find(String caseId) {
        return cases.findById(caseId).orElseThrow();
    }

    /** The names read as erased from now on (their keys are destroyed): only the version moves. */
    @EventHandler
    void on(CasePersonsErased e, @SequenceNumber long version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(e.caseId())), Update.update("version", version), CaseDocument.class);
    }
}
