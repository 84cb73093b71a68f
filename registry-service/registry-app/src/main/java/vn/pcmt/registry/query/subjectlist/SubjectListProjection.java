package vn.pcmt.registry.query.subjectlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.registry.domain.ManagementKind;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.event.SubjectChange;
import vn.pcmt.registry.domain.event.SubjectRegistered;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;

/**
 * Rewrites the subject's document from their whole file on every event: idempotent under redelivery and replay, and
 * never out of step with the aggregate's rules.
 */
@Component
@ProcessingGroup("subject-list")
public class SubjectListProjection {

    private final SubjectFiles files;
    private final MongoTemplate mongo;
    private final PersonalDataKeys keys;
    private final Clock clock;

    public SubjectListProjection(SubjectFiles files, MongoTemplate mongo, PersonalDataKeys keys, Clock clock) {
        this.files = files;
        this.mongo = mongo;
        this.keys = keys;
        this.clock = clock;
    }

    @EventHandler
    void on(SubjectRegistered event) {
        refresh(event.subjectId());
    }

    @EventHandler
    void on(SubjectChange event) {
        refresh(event.subjectId());
    }

    /**
     * Called from the processor and from {@link SubjectListUpgrade}'s thread: a document is only replaced by one
     * folded from at least as many events, so the slower of two writers cannot put an older state back.
     */
    void refresh(String subjectId) {
        files.find(subjectId).ifPresent(found -> {
            SubjectListDocument document = document(found.file(), NameKey.of(keys, found.file().fullName()), found.version(),
                    LocalDate.now(clock));
            Query notNewer = Query.query(Criteria.where("_id").is(subjectId).and("version").lte(found.version()));
            try {
                mongo.findAndReplace(notNewer, document, FindAndReplaceOptions.options().upsert());
            } catch (DuplicateKeyException newerStored) {
                // a newer document is there already
            }
        });
    }

    static SubjectListDocument document(SubjectFile file, String nameKey, long version, LocalDate today) {
        Set<String> communes = new LinkedHashSet<>();
        Set<String> villages = new LinkedHashSet<>();
        file.residences().forEach(period -> {
            communes.add(period.residence().communeCode());
            villages.add(period.residence().villageCode());
        });
        return new SubjectListDocument(file.subjectId(), file.fullName(), nameKey, file.dateOfBirth(),
                file.sex(), file.residence().communeCode(), file.residence().villageCode(), communes, villages,
                file.category(),
                file.treatmentsOngoing().stream().map(SubjectFile.Treatment::kind).toList(),
                file.flags().stream().map(SubjectFile.RaisedFlag::flag).toList(),
                file.managementPeriods().stream().map(SubjectFile.ManagementPeriod::endsOn).max(LocalDate::compareTo).orElse(null),
                file.managementPeriods().stream().collect(Collectors.toMap(SubjectFile.ManagementPeriod::kind,
                        SubjectFile.ManagementPeriod::endsOn, (a, b) -> a.isAfter(b) ? a : b, () -> new EnumMap<>(ManagementKind.class))),
                file.nextTestDueOn().orElse(null),
                file.nextResidenceCheckDueOn(today).orElse(null),
                file.voluntaryRehabDeadlinePending().orElse(null),
                file.isRemoved(), file.removal().map(SubjectFile.Removal::removedOn).orElse(null), file.mergedInto().orElse(null),
                file.isErased(), version,
                SubjectListDocument.SCHEMA);
    }
}
