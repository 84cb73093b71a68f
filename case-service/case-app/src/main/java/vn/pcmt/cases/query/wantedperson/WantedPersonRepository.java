package vn.pcmt.cases.query.wantedperson;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface WantedPersonRepository extends MongoRepository<WantedPersonDocument, String> {

    List<WantedPersonDocument> findByHidingCommuneCodeOrderByWantedSinceDesc(String hidingCommuneCode);
}
