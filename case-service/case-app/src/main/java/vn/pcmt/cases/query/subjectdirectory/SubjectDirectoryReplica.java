package vn.pcmt.cases.query.subjectdirectory;

import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.Residence;
import vn.pcmt.cases.domain.SubjectDirectory;

/** Every write sets values (never adds), so a redelivered event leaves the same document. */
@Component
public class SubjectDirectoryReplica implements SubjectDirectory {

    private final SubjectDirectoryRepository subjects;

    public SubjectDirectoryReplica(SubjectDirectoryRepository subjects) {
        this.subjects = subjects;
    }

    public void registered(String subjectId, String communeCode, String villageCode) {
        subjects.save(new SubjectDirectoryDocument(subjectId, communeCode, villageCode, true, false));
    }

    /** A retraction restates where the subject lives and whether they are listed. */
    public void restated(String subjectId, String communeCode, String villageCode, boolean onList) {
        subjects.findById(subjectId).ifPresent(subject -> subjects.save(new SubjectDirectoryDocument(subjectId, communeCode,
                villageCode, onList, subject.noStableResidence())));
    }

    public void moved(String subjectId, String communeCode, String villageCode) {
        subjects.findById(subjectId).ifPresent(subject -> subjects.save(new SubjectDirectoryDocument(subjectId, communeCode,
                villageCode, subject.onList(), subject.noStableResidence())));
    }

    public void leftTheList(String subjectId) {
        subjects.findById(subjectId).ifPresent(subject -> subjects.save(new SubjectDirectoryDocument(subjectId,
                subject.communeCode(), subject.villageCode(), false, subject.noStableResidence())));
    }

    public void noStableResidence(String subjectId, boolean flagged) {
        subjects.findById(subjectId).ifPresent(subject -> subjects.save(new SubjectDirectoryDocument(subjectId,
                subject.communeCode(), subject.villageCode(), subject.onList(), flagged)));
    }

    @Override
    public boolean withoutStableResidence(String subjectId) {
        return subjects.findById(subjectId).map(SubjectDirectoryDocument::noStableResidence).orElse(false);
    }

    @Override
    public Optional<Residence> residenceOf(String subjectId) {
        return subjects.findById(subjectId).filter(SubjectDirectoryDocument::onList)
                .map(subject -> new Residence(subject.communeCode(), subject.villageCode()));
    }
}
