package vn.pcmt.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of persons' records: the {@code sequence}-th entry of the log, {@code at}, by {@code userId} acting as
 * {@code role} for {@code unitCode}, from {@code clientAddress} (where the gateway saw the caller), request
 * {@code requestId}, what was read ({@code read}: the method and path with its query) and whose records
 * ({@code subjectIds}: registry subjects, or the ids of the persons another service keeps). {@code hash} is the
 * HMAC-SHA256, under the service's audit key (kept outside the database), of the entry's content and
 * {@code previousHash}, the hash of the entry before it: whoever changes the store without the key cannot make a chain
 * that verifies.
 */
@Document(AccessLogEntry.COLLECTION)
public record AccessLogEntry(@Id String id, @Indexed(unique = true) long sequence, @Indexed Instant at, @Indexed String userId,
                             String role, String unitCode, String clientAddress, String requestId, String read,
                             @Indexed List<String> subjectIds, String previousHash, String hash) {

    static final String COLLECTION = "access_audit";

    /** What the first entry chains to. */
    static final String GENESIS = "0".repeat(64);

    /** This entry's content chained to {@code previousHash}, authenticated under {@code key}: what {@link #hash} must be. */
    String expectedHash(SecretKey key) {
        String content = String.join("\u001f", Long.toString(sequence), at.toString(), String.valueOf(userId), String.valueOf(role),
                String.valueOf(unitCode), String.valueOf(clientAddress), String.valueOf(requestId), String.valueOf(read),
                String.join("\u001e", subjectIds), previousHash);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    AccessLogEntry chained(long sequence, String previousHash, SecretKey key) {
        AccessLogEntry unsealed = new AccessLogEntry(id, sequence, at, userId, role, unitCode, clientAddress, requestId, read,
                subjectIds, previousHash, null);
        return new AccessLogEntry(id, sequence, at, userId, role, unitCode, clientAddress, requestId, read, subjectIds, previousHash,
                unsealed.expectedHash(key));
    }
}
