package vn.pcmt.assessment.query.appraisal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import vn.pcmt.assessment.domain.AppraisalKind;

public interface AppraisalRepository extends MongoRepository<AppraisalDocument, String> {

    List<AppraisalDocument> findByAreaCodeInAndDecisionRecognizedTrue(Collection<String> areaCodes);

    boolean existsByAreaCodeAndDecisionYear(String areaCode, int year);

    boolean existsByAreaCodeAndKindAndYear(String areaCode, AppraisalKind kind, int year);

    boolean existsByAreaCodeAndDecisionYearAndDecisionRecognizedTrue(String areaCode, int year);
}
