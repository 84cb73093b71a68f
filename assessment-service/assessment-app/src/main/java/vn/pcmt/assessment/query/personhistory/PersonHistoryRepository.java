package vn.pcmt.assessment.query.personhistory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PersonHistoryRepository extends MongoRepository<PersonHistoryDocument, String> {

    /** The subjects who ever lived in a commune or village. */
    List<PersonHistoryDocument> findByAreaCodesIn(Collection<String> areaCodes);
}
