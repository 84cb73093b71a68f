package vn.pcmt.registry.query.accesslog;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of persons' records: {@code at}, by {@code userId} acting as {@code role} for {@code unitCode}, from
 * {@code clientAddress} (where the gateway saw the caller), request {@code requestId}, what was read
 * ({@code read}: the method and path with its query) and which {@code subjectIds}.
 */
@Document("access_log")
public record AccessLogEntry(@Id String id, @Indexed Instant at, @Indexed String userId, String role, String unitCode, String clientAddress,
                             String requestId, String read, @Indexed List<String> subjectIds) {
}
