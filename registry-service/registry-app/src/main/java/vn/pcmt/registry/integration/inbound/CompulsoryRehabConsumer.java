package vn.pcmt.registry.integration.inbound;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.cases.api.v1.CompulsoryRehabEnded;
import vn.pcmt.cases.api.v1.CompulsoryRehabStarted;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.domain.TreatmentKind;
import vn.pcmt.registry.domain.TreatmentOutcome;
import vn.pcmt.registry.domain.command.EndTreatment;
import vn.pcmt.registry.domain.command.StartTreatment;

/**
 * Compulsory rehab decided by a court on a case-service dossier becomes the subject's treatment here. The treatment
 * id is derived from the dossier id, so a redelivered event finds the treatment already recorded; a command the
 * subject's rules refuse goes to the dead-letter topic for an officer to look at.
 */
@Component
public class CompulsoryRehabConsumer {

    static final String CONSUMER = "registry-compulsory-rehab";

    private final InboundEvents inbound;
    private final Commands commands;

    public CompulsoryRehabConsumer(InboundEvents inbound, Commands commands) {
        this.inbound = inbound;
        this.commands = commands;
    }

    @KafkaListener(topics = CaseTopics.EVENTS, groupId = CONSUMER)
    void on(String record) {
        IntegrationEvent event = inbound.read(record);
        switch (event.eventType()) {
            case CompulsoryRehabStarted.TYPE -> inbound.applyOnce(CONSUMER, event, e -> {
                CompulsoryRehabStarted started = inbound.payload(e, CompulsoryRehabStarted.class);
                require(e, started.dossierId(), started.subjectId(), started.startsOn());
                commands.send(new StartTreatment(started.subjectId(), null, treatmentId(started.dossierId()),
                        TreatmentKind.COMPULSORY, started.startsOn(), started.facility()), e.actor(), started.startsOn());
            });
            case CompulsoryRehabEnded.TYPE -> inbound.applyOnce(CONSUMER, event, e -> {
                CompulsoryRehabEnded ended = inbound.payload(e, CompulsoryRehabEnded.class);
                require(e, ended.dossierId(), ended.subjectId(), ended.endsOn());
                commands.send(new EndTreatment(ended.subjectId(), null, treatmentId(ended.dossierId()), ended.endsOn(),
                        outcome(e, ended.outcome())), e.actor(), ended.endsOn());
            });
            default -> {
                // the registry needs nothing else from the cases topic
            }
        }
    }

    /** A start or end without its dossier, subject or date can never be applied: dead-letter it. */
    private static void require(IntegrationEvent event, Object... fields) {
        for (Object field : fields) {
            if (field == null) {
                throw new InboundEvents.MalformedIntegrationEvent(event.eventType() + " " + event.eventId()
                        + " lacks its dossier, subject or date", null);
            }
        }
    }

    static String treatmentId(String dossierId) {
        return UUID.nameUUIDFromBytes(("compulsory-rehab:" + dossierId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static TreatmentOutcome outcome(IntegrationEvent event, String outcome) {
        try {
            return TreatmentOutcome.valueOf(outcome);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InboundEvents.MalformedIntegrationEvent("Unknown outcome " + outcome + " in " + event.eventId(), e);
        }
    }
}
