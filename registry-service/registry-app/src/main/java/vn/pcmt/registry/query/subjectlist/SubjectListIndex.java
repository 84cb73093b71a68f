package vn.pcmt.registry.query.subjectlist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.registry.domain.SubjectIndex;

/**
 * Citizen numbers: one document per number, keyed by its blind index (the store holds no number readable), so
 * inserting it is the atomic reservation (the store has no transactions). A reservation whose registration was never stored (the append failed) is released to the next
 * claimant once it is older than any registration can take. Namesakes: from the list documents, so a namesake
 * registered in the last second may not be seen yet; the citizen number is the hard guarantee.
 */
@Component
public class SubjectListIndex implements SubjectIndex {

    static final String CLAIMS = "national_id_claims";
    static final Duration ORPHAN_AFTER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SubjectListIndex.class);

    private final MongoTemplate mongo;
    private final EventStore events;
    private final PersonalDataKeys keys;
    /** Until claims kept readable by an earlier release are re-keyed ({@link #rekeyReadableClaims}), they are checked too. */
    private volatile boolean readableClaimsRemain = true;

    public SubjectListIndex(MongoTemplate mongo, EventStore events, PersonalDataKeys keys) {
        this.mongo = mongo;
        this.events = events;
        this.keys = keys;
    }

    @Override
    public Optional<String> claimNationalId(String nationalId, String subjectId) {
        if (readableClaimsRemain) { // a claim not re-keyed yet holds the number as well
            Claim readable = mongo.findById(nationalId, Claim.class, CLAIMS);
            if (readable != null && !readable.subjectId().equals(subjectId)) {
                return Optional.of(readable.subjectId());
            }
        }
        String claimed = claimKey(nationalId);
        try {
            mongo.insert(new Claim(claimed, subjectId, Instant.now()), CLAIMS);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            Claim holder = mongo.findById(claimed, Claim.class, CLAIMS);
            if (holder == null) {
                return claimNationalId(nationalId, subjectId);
            }
            if (holder.subjectId().equals(subjectId) || isOrphan(holder) && takeOver(holder, subjectId)) {
                return Optional.empty();
            }
            return Optional.of(holder.subjectId());
        }
    }

    @Override
    public void releaseNationalId(String nationalId, String subjectId) {
        mongo.remove(Query.query(Criteria.where("_id").in(claimKey(nationalId), nationalId).and("subjectId").is(subjectId)), CLAIMS);
    }

    /**
     * Claims written before numbers were blind-indexed, keyed by the number itself, re-keyed: each under its index
     * first, then the readable one removed, so a claim is never lost (running this again continues where it stopped).
     * Registrations meanwhile check the readable claims too; should one have claimed the number under its index for
     * another subject all the same, both claims stay and the conflict is logged for an officer to merge the files.
     */
    void rekeyReadableClaims() {
        Query readable = Query.query(Criteria.where("_id").regex("^(?!b1:)"));
        boolean remain = false;
        for (Claim claim : mongo.find(readable, Claim.class, CLAIMS)) {
            String key = claimKey(claim.nationalId());
            try {
                mongo.insert(new Claim(key, claim.subjectId(), claim.claimedAt()), CLAIMS);
            } catch (DuplicateKeyException held) {
                Claim holder = mongo.findById(key, Claim.class, CLAIMS);
                if (holder != null && !holder.subjectId().equals(claim.subjectId())) {
                    // registered meanwhile under another subject: both kept, for an officer to merge the two files
                    log.warn("Citizen number claimed by subjects {} and {}: left for a merge", claim.subjectId(), holder.subjectId());
                    remain = true;
                    continue;
                }
            }
            mongo.remove(Query.query(Criteria.where("_id").is(claim.nationalId()).and("subjectId").is(claim.subjectId())), CLAIMS);
        }
        readableClaimsRemain = remain;
    }

    private String claimKey(String nationalId) {
        return keys.blindIndex("nationalId", nationalId.strip());
    }

    @Override
    public List<String> namesakes(String communeCode, String fullName, LocalDate dateOfBirth) {
        Query query = Query.query(Criteria.where("communeCode").is(communeCode).and("nameKey").is(NameKey.of(keys, fullName))
                .and("dateOfBirth").is(dateOfBirth).and("removed").is(false));
        return SubjectListDocument.ids(mongo, query);
    }

    private boolean isOrphan(Claim claim) {
        return claim.claimedAt().isBefore(Instant.now().minus(ORPHAN_AFTER))
                && events.lastSequenceNumberFor(claim.subjectId()).isEmpty();
    }

    private boolean takeOver(Claim orphan, String subjectId) {
        Query stillOrphan = Query.query(Criteria.where("_id").is(orphan.nationalId()).and("subjectId").is(orphan.subjectId()));
        return mongo.updateFirst(stillOrphan, Update.update("subjectId", subjectId).set("claimedAt", Instant.now()), CLAIMS)
                .getModifiedCount() == 1;
    }

    /** {@code nationalId}: the number's blind index (the number itself in claims written before). */
    @Document(CLAIMS)
    record Claim(@Id String nationalId, String subjectId, Instant claimedAt) {
    }
}
