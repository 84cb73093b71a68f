package vn.pcmt.assessment.query.areafacts;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.AreaFactsRecorded;
import vn.pcmt.assessment.domain.facts.EventPosition;
import vn.pcmt.assessment.domain.facts.EventPositions;

/**
 * An area's manual facts for a programme year: those in force, or the ones an earlier reading used (a later PUT
 * supersedes them in the read model; the event store keeps every one).
 */
@Component
public class ManualFacts {

    private final AreaFactsRepository current;
    private final EventStore events;

    public ManualFacts(AreaFactsRepository current, EventStore events) {
        this.current = current;
        this.events = events;
    }

    /** The facts in force ({@code known} null), or those recorded at the position {@code known} read for the area. */
    public Optional<AreaFactsDocument> of(String areaCode, int year, EventPositions known) {
        if (known == null) {
            return current.findById(AreaFactsDocument.id(areaCode, year));
        }
        return known.ofAggregate(areaCode).flatMap(read -> events.readEvents(areaCode, read.offset())
                .asStream().findFirst()
                .filter(message -> message.getSequenceNumber() == read.offset() && message.getPayload() instanceof AreaFactsRecorded)
                .map(message -> AreaFactsDocument.of((AreaFactsRecorded) message.getPayload(), (DomainEventMessage<?>) message))
                .filter(facts -> facts.year() == year));
    }

    /** Where {@code facts} were read from. */
    static EventPosition positionOf(AreaFactsDocument facts) {
        return EventPosition.ofAggregate(facts.areaCode(), facts.version());
    }
}
