package vn.pcmt.cases.query.incident;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SeriousIncidentRepository extends MongoRepository<SeriousIncidentDocument, String> {

    List<SeriousIncidentDocument> findByCommuneCodeAndOccurredOnBetweenOrderByOccurredOnDesc(String communeCode, LocalDate from,
                                                                                              LocalDate to);
}
