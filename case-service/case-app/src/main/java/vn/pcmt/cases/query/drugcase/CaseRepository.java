package vn.pcmt.cases.query.drugcase;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CaseRepository extends MongoRepository<CaseDocument, String> {

    List<CaseDocument> findByCommuneCodeOrderByOpenedOnDesc(String communeCode, Pageable page);
}
