package vn.pcmt.assessment.domain.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The highest position read in each stream (a topic's partition, an area's manual facts): what an appraisal read, and
 * what its recomputation may read again. A fact beyond it, or in a stream it never read, was not known then. Facts
 * stored before positions were kept have none and are always read.
 */
public final class EventPositions {

    private final Map<String, EventPosition> highest;

    private EventPositions(Map<String, EventPosition> highest) {
        this.highest = highest;
    }

    /** The highest of {@code positions} in each stream (nulls ignored). */
    public static EventPositions highestOf(Collection<EventPosition> positions) {
        return new EventPositions(positions.stream().filter(Objects::nonNull).collect(Collectors.toMap(EventPosition::stream,
                Function.identity(), (a, b) -> a.offset() >= b.offset() ? a : b, TreeMap::new)));
    }

    /** Whether a fact at {@code position} was known when these positions were read. */
    public boolean includes(EventPosition position) {
        if (position == null) {
            return true;
        }
        EventPosition read = highest.get(position.stream());
        return read != null && position.offset() <= read.offset();
    }

    /** The position read in this service's event store for {@code aggregateId}, if any. */
    public Optional<EventPosition> ofAggregate(String aggregateId) {
        return Optional.ofNullable(highest.get(EventPosition.ofAggregate(aggregateId, 0).stream()));
    }

    public List<EventPosition> list() {
        return highest.values().stream().sorted(Comparator.comparing(EventPosition::source).thenComparing(EventPosition::partition)).toList();
    }
}
