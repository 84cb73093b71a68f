package vn.pcmt.assessment.query.appraisal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AppraisalRepository extends MongoRepository<AppraisalDocument, String> {

    List<AppraisalDocument> findByAreaCodeInAndDecisionRecognizedTrue(Collection<String> areaCodes);

    boolean existsByAreaCodeAndDecisionYear(String areaCode, int year);

    boolean existsByAreaCodeAndDecisionYearAndDecisionRecognizedTrue(String areaCode, int year);
}
