package vn.pcmt.cases.query.drugcase;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import vn.pcmt.cases.domain.CaseStage;

public interface CaseRepository extends MongoRepository<CaseDocument, String> {

    List<CaseDocument> findByCommuneCodeOrderByOpenedOnDesc(String communeCode, Pageable page);

    List<CaseDocument> findByCommuneCodeAndStageNotOrderByOpenedOnDesc(String communeCode, CaseStage stage, Pageable page);
}
