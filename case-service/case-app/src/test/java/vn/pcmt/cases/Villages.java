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
        var area = new AreaRegistered(village, "Thôn " + village, AreaLevel.VILLAGE, commune);
        kafka.send(AssessmentTopics.EVENTS, village, mapper.writeValueAsString(new IntegrationEvent("area-" + village,
                AreaRegistered.TYPE, 1, village, 0, LocalDate.of(2026, 1, 5), Instant.now(), Actor.system("test"), commune,
                mapper.valueToTree(area)))).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> areas.existsById(village));
    }
}
