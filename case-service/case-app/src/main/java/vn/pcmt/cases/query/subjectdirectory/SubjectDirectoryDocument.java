package vn.pcmt.cases.query.subjectdirectory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A subject's residence as the registry last published it; {@code onList=false} after removal or merge;
 * {@code noStableResidence} while the NO_STABLE_RESIDENCE flag is raised.
 */
@Document("subject_directory")
public record SubjectDirectoryDocument(@Id String subjectId, String communeCode, String villageCode, boolean onList,
                                       boolean noStableResidence) {
}
