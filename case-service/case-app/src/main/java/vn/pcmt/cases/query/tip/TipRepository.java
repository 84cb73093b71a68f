package vn.pcmt.cases.query.tip;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface TipRepository extends MongoRepository<TipDocument, String> {

    List<TipDocument> findByCommuneCodeOrderByReceivedOnDesc(String communeCode, Pageable page);
}
