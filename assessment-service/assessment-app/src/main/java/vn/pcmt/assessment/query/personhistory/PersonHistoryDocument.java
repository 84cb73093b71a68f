package vn.pcmt.assessment.query.personhistory;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.facts.TimelineEntry;

/** {@code areaCodes}: every commune and village the subject lived in at some time. */
@Document("person_history")
public record PersonHistoryDocument(@Id String subjectId, List<TimelineEntry> entries, @Indexed List<String> areaCodes) {
}
