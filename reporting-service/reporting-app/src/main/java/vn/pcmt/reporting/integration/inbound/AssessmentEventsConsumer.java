package vn.pcmt.reporting.integration.inbound;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AreaChanged;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryRepository;

/**
 * Keeps the area directory: registrations, and the changes after them (renames, moves under a merged or split
 * parent, closes). An area's events share its key, so a change arrives after the registration it changes.
 */
@Component
public class AssessmentEventsConsumer {

    static final String CONSUMER = "reporting-area-directory";

    private final InboundEvents inbound;
    private final AreaDirectoryRepository areas;

    public AssessmentEventsConsumer(InboundEvents inbound, AreaDirectoryRepository areas) {
        this.inbound = inbound;
        this.areas = areas;
    }

    @KafkaListener(topics = AssessmentTopics.EVENTS, groupId = CONSUMER)
    void on(String record) {
        IntegrationEvent event = inbound.read(record);
        switch (event.eventType()) {
            case AreaRegistered.TYPE -> inbound.applyOnce(CONSUMER, event, e -> {
                AreaRegistered area = inbound.payload(e, AreaRegistered.class);
                areas.save(new AreaDirectoryDocument(area.code(), area.name(), area.level().name(), area.parentCode(), null));
            });
            case AreaChanged.TYPE -> inbound.applyOnce(CONSUMER, event, e -> {
                AreaChanged change = inbound.payload(e, AreaChanged.class);
                areas.findById(change.code()).map(area -> switch (change.change()) {
                    case "RENAMED" -> area.renamed(change.name());
                    case "MOVED" -> area.movedUnder(change.parentCode());
                    case "CLOSED", "SPLIT" -> area.closed(change.effectiveOn());
                    default -> area; // MERGED: the successor itself is unchanged; its predecessors close on their own events
                }).ifPresent(areas::save);
            });
            default -> {
                // the standing of areas is read from the event log
            }
        }
    }
}
