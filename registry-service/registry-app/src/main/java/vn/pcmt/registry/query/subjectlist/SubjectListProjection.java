package vn.pcmt.registry.query.subjectlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
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
    private final SubjectListRepository documents;
    private final Clock clock;

    public SubjectListProjection(SubjectFiles files, SubjectListRepository documents, Clock clock) {
        this.files = files;
        this.documents = documents;
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

    /** Rewrites the subject's document from their events. */
    void refresh(String subjectId) {
        files.find(subjectId).ifPresent(found -> documents.save(document(found.file(), found.version(), LocalDate.now(clock))));
    }

    static SubjectListDocument document(SubjectFile file, long version, LocalDate today) {
        Set<String> communes = new LinkedHashSet<>();
        Set<String> villages = new LinkedHashSet<>();
        file.residences().forEach(period -> {
            communes.add(period.residence().communeCode());
            villages.add(period.residence().villageCode());
        });
        return new SubjectListDocument(file.subjectId(), file.fullName(), NameKey.of(file.fullName()), file.dateOfBirth(),
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
                file.isRemoved(), version, SubjectListDocument.SCHEMA);
    }
}
