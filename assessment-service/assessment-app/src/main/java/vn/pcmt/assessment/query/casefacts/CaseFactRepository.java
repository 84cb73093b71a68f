package vn.pcmt.assessment.query.casefacts;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CaseFactRepository extends MongoRepository<CaseFactDocument, String> {

    List<CaseFactDocument> findByAreaCodesIn(Collection<String> areaCodes);

    List<CaseFactDocument> findByAggregateIdIn(Collection<String> aggregateIds);
}
