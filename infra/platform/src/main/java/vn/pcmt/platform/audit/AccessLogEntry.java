package vn.pcmt.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of persons' records: the {@code sequence}-th entry of the log, {@code at}, by {@code userId} acting as
 * {@code role} for {@code unitCode}, from {@code clientAddress} (where the gateway saw the caller), request
 * {@code requestId}, what was read ({@code read}: the method and path with its query) and whose records
 * ({@code subjectIds}: registry subjects, or the ids of the persons another service keeps). {@code hash} is the SHA-256
 * of the entry's content and {@code previousHash}, the hash of the entry before it.
 */
@Document(AccessLogEntry.COLLECTION)
public record AccessLogEntry(@Id String id, @Indexed(unique = true) long sequence, @Indexed Instant at, @Indexed String userId,
                             String role, String unitCode, String clientAddress, String requestId, String read,
                             @Indexed List<String> subjectIds, String previousHash, String hash) {

    static final String COLLECTION = "access_audit";

    /** What the first entry chains to. */
    static final String GENESIS = "0".repeat(64);

    /** This entry's content chained to {@code previousHash}, hashed: what {@link #hash} must be. */
    String expectedHash() {
        String content = String.join("\u001f", Long.toString(sequence), at.toString(), String.valueOf(userId), String.valueOf(role),
                String.valueOf(unitCode), String.valueOf(clientAddress), String.valueOf(requestId), String.valueOf(read),
                String.join("\u001e", subjectIds), previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    AccessLogEntry chained(long sequence, String previousHash) {
        AccessLogEntry unsealed = new AccessLogEntry(id, sequence, at, userId, role, unitCode, clientAddress, requestId, read,
                subjectIds, previousHash, null);
        return new AccessLogEntry(id, sequence, at, userId, role, unitCode, clientAddress, requestId, read, subjectIds, previousHash,
                unsealed.expectedHash());
    }
}
