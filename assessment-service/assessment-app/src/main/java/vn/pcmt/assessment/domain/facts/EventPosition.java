package vn.pcmt.assessment.domain.facts;

/**
 * Where a fact was read from: a partition of a topic and the record's offset there ({@code pcmt.registry.v1}, 3,
 * 1207), or, for what this service keeps in its own event store (an area's manual facts, a registration's baseline),
 * {@code assessment:<aggregate id>}, partition 0 and the aggregate's sequence number.
 */
public record EventPosition(String source, int partition, long offset) {

    public static EventPosition ofAggregate(String aggregateId, long sequenceNumber) {
        return new EventPosition("assessment:" + aggregateId, 0, sequenceNumber);
    }

    String stream() {
        return source + "/" + partition;
    }
}
