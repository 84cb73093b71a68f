package vn.pcmt.assessment.query.casefacts;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.facts.CaseFact;

/** {@code areaCodes}: the communes and villages the fact is in or its person lives in. */
@Document("case_fact")
public record CaseFactDocument(@Id String factId, @Indexed String aggregateId, @Indexed List<String> areaCodes, CaseFact fact) {
}
