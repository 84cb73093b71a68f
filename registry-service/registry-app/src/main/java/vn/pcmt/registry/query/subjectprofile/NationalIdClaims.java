package vn.pcmt.registry.query.subjectprofile;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.registry.domain.SubjectIndex;

/**
 * One document per citizen identity number, keyed by the number: inserting it is the atomic reservation (the store
 * has no transactions). A reservation whose registration was never stored (the append failed) is released to the
 * next claimant once it is older than any registration can take.
 */
@Component
public class NationalIdClaims implements SubjectIndex {

    static final String COLLECTION = "national_id_claims";
    static final Duration ORPHAN_AFTER = Duration.ofMinutes(5);

    private final MongoTemplate mongo;
    private final SubjectProfileRepository profiles;

    public NationalIdClaims(MongoTemplate mongo, SubjectProfileRepository profiles) {
        this.mongo = mongo;
        this.profiles = profiles;
    }

    @Override
    public Optional<String> claimNationalId(String nationalId, String subjectId) {
        try {
            mongo.insert(new Claim(nationalId, subjectId, Instant.now()), COLLECTION);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            Claim holder = mongo.findById(nationalId, Claim.class, COLLECTION);
            if (holder != null && isOrphan(holder) && takeOver(holder, subjectId)) {
                return Optional.empty();
            }
            return Optional.of(holder == null ? "?" : holder.subjectId());
        }
    }

    private boolean isOrphan(Claim claim) {
        return claim.claimedAt().isBefore(Instant.now().minus(ORPHAN_AFTER)) && !profiles.existsById(claim.subjectId());
    }

    private boolean takeOver(Claim orphan, String subjectId) {
        Query stillOrphan = Query.query(Criteria.where("_id").is(orphan.nationalId()).and("subjectId").is(orphan.subjectId()));
        return mongo.updateFirst(stillOrphan, Update.update("subjectId", subjectId).set("claimedAt", Instant.now()), COLLECTION)
                .getModifiedCount() == 1;
    }

    @Document(COLLECTION)
    record Claim(@Id String nationalId, String subjectId, Instant claimedAt) {
    }
}
