package vn.pcmt.cases.query.cultivation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CultivationRepository extends MongoRepository<CultivationDocument, String> {

    List<CultivationDocument> findByCommuneCodeAndDestroyedOnBetweenOrderByDestroyedOn(String communeCode, LocalDate from,
                                                                                      LocalDate to);
}
