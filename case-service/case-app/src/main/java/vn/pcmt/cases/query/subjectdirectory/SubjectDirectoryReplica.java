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

    public void lives(String subjectId, String communeCode, String villageCode, boolean onList) {
        subjects.save(new SubjectDirectoryDocument(subjectId, communeCode, villageCode, onList));
    }

    public void moved(String subjectId, String communeCode, String villageCode) {
        subjects.findById(subjectId).ifPresent(subject -> lives(subjectId, communeCode, villageCode, subject.onList()));
    }

    public void leftTheList(String subjectId) {
        subjects.findById(subjectId).ifPresent(subject -> lives(subjectId, subject.communeCode(), subject.villageCode(), false));
    }

    @Override
    public Optional<Residence> residenceOf(String subjectId) {
        return subjects.findById(subjectId).filter(SubjectDirectoryDocument::onList)
                .map(subject -> new Residence(subject.communeCode(), subject.villageCode()));
    }
}
