package vn.pcmt.reporting.query.replay;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A replay: {@code projection} rebuilt into {@code version} from the start of its topics, asked by {@code requestedBy};
 * {@code applied} of the {@code total} records on the topics read so far (as last measured, {@code measuredAt});
 * {@code BUILDING} until it has caught up, then {@code SWITCHED} to (queries read it from {@code switchedAt}).
 */
@Document("replays")
public record ReplayDocument(@Id String id, String projection, int version, String requestedBy, Instant requestedAt, Status status,
                             long applied, long total, Instant measuredAt, Instant switchedAt) {

    public enum Status { BUILDING, SWITCHED }
}
