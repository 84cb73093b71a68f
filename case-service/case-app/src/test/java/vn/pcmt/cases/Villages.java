package vn.pcmt.cases;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;

/** Publishes a village as the assessment service would, and waits until case-service knows it. */
final class Villages {

    private Villages() {
    }

    static void publish(KafkaTemplate<String, String> kafka, ObjectMapper mapper, AreaDirectoryRepository areas,
                        String village, String commune) throws Exception {
        publish(kafka, mapper, areas, village, AreaLevel.VILLAGE, commune);
    }

    /** Any area: a commune under its province, say. */
    static void publish(KafkaTemplate<String, String> kafka, ObjectMapper mapper, AreaDirectoryRepository areas,
                        String code, AreaLevel level, String parent) throws Exception {
        var area = new AreaRegistered(code, "Địa bàn " + code, level, parent);
        kafka.send(AssessmentTopics.EVENTS, code, mapper.writeValueAsString(new IntegrationEvent("area-" + code,
                AreaRegistered.TYPE, 1, code, 0, LocalDate.of(2026, 1, 5), Instant.now(), Actor.system("test"), parent,
                mapper.valueToTree(area)))).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> areas.existsById(code));
    }
}
