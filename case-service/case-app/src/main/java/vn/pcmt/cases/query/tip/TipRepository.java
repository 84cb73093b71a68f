package vn.pcmt.cases.query.tip;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import vn.pcmt.cases.domain.TipStage;

public interface TipRepository extends MongoRepository<TipDocument, String> {

    List<TipDocument> findByCommuneCodeOrderByReceivedOnDesc(String communeCode, Pageable page);

    List<TipDocument> findByCommuneCodeAndStageNotInOrderByReceivedOnDesc(String communeCode, Collection<TipStage> stages, Pageable page);
}
