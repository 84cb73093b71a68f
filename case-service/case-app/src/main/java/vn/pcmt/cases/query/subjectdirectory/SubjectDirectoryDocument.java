package vn.pcmt.cases.query.subjectdirectory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A subject's residence as the registry last published it; {@code onList=false} after removal or merge. */
@Document("subject_directory")
public record SubjectDirectoryDocument(@Id String subjectId, String communeCode, String villageCode, boolean onList) {
}
